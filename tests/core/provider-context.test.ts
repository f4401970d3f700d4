import { expect, fixture, html } from '@open-wc/testing';
import '../../src/clinic-provider/clinic-provider.ts';
import { ClinicElement } from '../../src/core/clinic-element.ts';
import type { ClinicSettings } from '../../src/core/settings.ts';

/** A minimal widget that exposes what it receives, so the tests can see the context at work. */
class ProbeWidget extends ClinicElement {
  get settings(): ClinicSettings {
    return this.clinic;
  }
}
customElements.define('probe-widget', ProbeWidget);

describe('<clinic-provider> context', () => {
  it('gives nested widgets its parsed settings', async () => {
    const root = await fixture(html`
      <clinic-provider clinic-name="Harbour Massage" timezone="America/Anchorage" sessions="60:95, 90:135"
        currency="usd" lead-time="120" locale="en-US">
        <div><probe-widget></probe-widget></div>
      </clinic-provider>`);
    const probe = root.querySelector('probe-widget') as ProbeWidget;
    expect(probe.settings.clinicName).to.equal('Harbour Massage');
    expect(probe.settings.timeZone).to.equal('America/Anchorage');
    expect(probe.settings.leadTime).to.equal(120);
    expect(probe.settings.currency).to.equal('USD');
    expect(probe.settings.sessions).to.deep.equal([{ minutes: 60, price: 95 }, { minutes: 90, price: 135 }]);
  });
});
