/** @type {import('next').NextConfig} */
export default {
  // The fixture is installed in a temporary folder with no lockfile: that folder is the root.
  turbopack: { root: import.meta.dirname },
};
