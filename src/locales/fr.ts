import type { LanguagePack } from './translation.js';

/**
 * French. Plain, warm words for people in pain reading on a phone: short sentences, "vous" throughout,
 * everyday words first (uriner, aller à la selle, cortisone) with the medical word in brackets where it
 * helps, and wording that does not depend on the reader’s gender. The base strings are for France
 * (urgences, médecin traitant, kinésithérapeute, maternité, mutuelle, centre de soins non programmés for
 * "urgent care"); `fr-CA` replaces only the care-service words that differ in Québec (l’urgence, médecin
 * de famille, physiothérapeute, salle d’accouchement, clinique sans rendez-vous, régime d’assurance).
 * The emergency number is always `{number}`. Typography follows France (narrow no-break space before
 * ; ? !, no-break space before : and inside « »), kept in the fr-CA overrides too so a page is consistent.
 * Emergency, safety-net and see-a-doctor wording says exactly as much as the English, never softer.
 */
export default {
  strings: {
    // core
    'core.unavailable':
      'Cette fonction n’est pas disponible pour le moment. Veuillez réessayer plus tard ou contacter la clinique.',

    // session-length-picker
    'picker.label': 'Durée de la séance',
    'picker.required': 'Choisissez la durée de la séance',

    // booking-button
    'booking.label': 'Réserver un massage de {minutes} minutes',
    'booking.newTab': '(s’ouvre dans un nouvel onglet)',
    'booking.call': 'ou appelez le {phone}',
    'booking.unavailable': 'La réservation en ligne n’est pas disponible pour le moment.',
    'booking.callToBook': 'Appelez le {phone} pour réserver.',
    'booking.close': 'Fermer',
    'booking.frame': 'Page de réservation',
    'booking.heading': '{clinic} : {label}',
    'booking.frameOf': 'Page de réservation de {clinic}',
    'booking.loading': 'Chargement de la page de réservation…',
    'booking.slow': 'La page de réservation met du temps à se charger, ou ne peut pas s’afficher ici.',
    'booking.openTab': 'Ouvrir dans un nouvel onglet',
    'booking.hint.today': 'Rendez-vous le jour même : réservez aujourd’hui au plus tard à {time}',
    'booking.hint.cutoff':
      'La réservation en ligne est fermée pour aujourd’hui. Prochain rendez-vous possible : {day} à partir de {time}',
    'booking.hint.closed': 'Fermé aujourd’hui. Prochain rendez-vous possible : {day} à partir de {time}',

    // stretch-card
    'stretch.custom': 'Étirement',
    'stretch.area': 'Zone étirée : {area}',
    'stretch.hold': 'Maintien',
    'stretch.eachRep': 'Chaque répétition',
    'stretch.slowRep': 'environ {time}, en bougeant lentement (sans tenir la position)',
    'stretch.repeat': 'Répétitions',
    'stretch.times': { one: '{n} fois', many: '{n} fois', other: '{n} fois' },
    'stretch.eachSide': '{times} de chaque côté',
    'stretch.often': 'Fréquence',
    'stretch.steps': 'Comment faire',
    'stretch.cautions': 'Précautions',
    'stretch.redFlags':
      'Engourdissement autour des parties génitales, de l’anus ou à l’intérieur des cuisses, nouvelles difficultés pour uriner ou pour aller à la selle, ou engourdissement ou faiblesse dans les deux jambes ou qui s’aggrave dans une jambe : arrêtez et appelez le {number} tout de suite.',
    'stretch.surgery': 'Opération récente du dos ou de la hanche ? Suivez d’abord les conseils de votre chirurgien.',
    'stretch.noBetter':
      'Pas de mieux après 2 semaines, ou c’est pire ? Consultez votre médecin ou votre kinésithérapeute.',
    'stretch.unknown': 'Désolés, nous n’avons pas trouvé l’étirement « {id} ». Demandez cet exercice à votre clinique.',
    'stretch.missing': 'Désolés, nous n’avons pas trouvé cet étirement. Demandez cet exercice à votre clinique.',
    'stretch.timer': 'Minuteur',
    'stretch.control': '{action} : {stretch}',
    'stretch.start': 'Démarrer',
    'stretch.pause': 'Mettre en pause',
    'stretch.resume': 'Reprendre',
    'stretch.again': 'Recommencer',
    'stretch.reset': 'Réinitialiser',
    'stretch.rep': 'Répétition {rep} sur {reps}',
    'stretch.left': '{rep}, côté gauche',
    'stretch.right': '{rep}, côté droit',
    'stretch.ready': 'Prêt à démarrer',
    'stretch.paused': 'En pause',
    'stretch.hold.now': 'Tenez la position',
    'stretch.slow.now': 'Bougez lentement',
    'stretch.rest.now': 'Repos',
    'stretch.switch.now': 'Changez de côté',
    'stretch.done': 'Terminé, bravo !',
    'stretch.hold.say': 'Tenez la position pendant {time}. {where}.',
    'stretch.slow.say': 'Bougez lentement, {times}. {where}.',
    'stretch.rest.say': 'Reposez-vous pendant {time}.',
    'stretch.switch.say': 'Changez de côté.',
    'stretch.stopIfWorse': 'Arrêtez si la douleur descend dans votre jambe ou si elle s’aggrave.',
    // knee-to-chest
    'stretch.knee-to-chest.title': 'Genou vers la poitrine',
    'stretch.knee-to-chest.area': 'le bas du dos et les fesses',
    'stretch.knee-to-chest.steps': [
      'Allongez-vous sur le dos, genoux pliés, pieds à plat sur le sol. Un petit coussin sous la tête peut aider.',
      'Remontez un genou et tenez-le avec les deux mains.',
      'Ramenez doucement le genou vers la poitrine, jusqu’à sentir un étirement dans le bas du dos.',
      'Tenez la position en respirant normalement, puis redescendez lentement.',
    ],
    'stretch.knee-to-chest.frequency': 'Tous les jours',
    'stretch.knee-to-chest.cautions': [
      'Gardez la nuque et les épaules détendues, et n’allez pas plus loin que ce qui reste confortable.',
      'Ostéoporose ou fracture de la colonne vertébrale : ne forcez pas pour ramener le genou vers la poitrine.',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.knee-to-chest.alt': 'Une personne allongée sur le dos, qui serre un genou plié contre sa poitrine.',
    // lower-trunk-rotation
    'stretch.lower-trunk-rotation.title': 'Genoux sur le côté (rotation du bas du tronc)',
    'stretch.lower-trunk-rotation.area': 'le bas du dos et les côtés du tronc',
    'stretch.lower-trunk-rotation.steps': [
      'Allongez-vous sur le dos, genoux pliés et serrés, pieds à plat sur le sol.',
      'Gardez les deux épaules au sol et laissez vos genoux basculer lentement d’un côté.',
      'Tenez la position, puis ramenez les genoux au centre.',
    ],
    'stretch.lower-trunk-rotation.frequency': 'Tous les jours',
    'stretch.lower-trunk-rotation.cautions': [
      'N’allez pas plus loin que ce qui reste confortable. Un coussin entre les genoux peut aider.',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.lower-trunk-rotation.alt': 'Une personne allongée sur le dos, les deux genoux pliés basculés d’un côté.',
    // pelvic-tilt
    'stretch.pelvic-tilt.title': 'Bascule du bassin',
    'stretch.pelvic-tilt.area': 'le bas du dos et les muscles du ventre',
    'stretch.pelvic-tilt.steps': [
      'Allongez-vous sur le dos, genoux pliés, pieds à plat sur le sol.',
      'Contractez les muscles du ventre et plaquez doucement le creux du dos contre le sol.',
      'Tenez la position en continuant à respirer, puis relâchez.',
    ],
    'stretch.pelvic-tilt.frequency': 'Jusqu’à 3 fois par jour',
    'stretch.pelvic-tilt.cautions': [
      'Continuez à respirer : ne bloquez pas votre respiration.',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.pelvic-tilt.alt':
      'Une personne allongée sur le dos, genoux pliés, qui plaque le bas du dos contre le sol.',
    // child-pose
    'stretch.child-pose.title': 'Fesses vers les talons (posture de l’enfant)',
    'stretch.child-pose.area': 'le bas du dos',
    'stretch.child-pose.steps': [
      'Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.',
      'Reculez lentement les fesses vers les talons, en gardant la courbe naturelle de votre dos.',
      'Tenez la position le temps d’une grande respiration, puis revenez à quatre pattes.',
    ],
    'stretch.child-pose.frequency': 'Tous les jours',
    'stretch.child-pose.cautions': [
      'N’allez pas plus loin que ce qui reste confortable. Si vous avez un problème de genou, ne vous asseyez pas complètement sur les talons.',
    ],
    'stretch.child-pose.alt':
      'Une personne à genoux, les fesses reculées vers les talons et les bras tendus vers l’avant sur le sol.',
    // cat-cow
    'stretch.cat-cow.title': 'Chat-vache',
    'stretch.cat-cow.area': 'tout le dos',
    'stretch.cat-cow.steps': [
      'Mettez-vous à quatre pattes, les mains sous les épaules et les genoux sous les hanches.',
      'Arrondissez le dos vers le plafond et laissez tomber la tête. Tenez environ 5 secondes.',
      'Laissez descendre le ventre et creusez doucement le dos, en regardant devant vous. Tenez environ 5 secondes.',
      'Continuez à passer lentement d’une position à l’autre.',
    ],
    'stretch.cat-cow.frequency': 'Tous les jours',
    'stretch.cat-cow.cautions': [
      'Restez dans des mouvements sans douleur. Si vos poignets ou vos genoux vous font mal, changez de position ou arrêtez.',
    ],
    'stretch.cat-cow.alt':
      'Une personne à quatre pattes, le dos arrondi vers le plafond ; des flèches montrent le mouvement de haut en bas.',
    // prone-press-up
    'stretch.prone-press-up.title': 'Redressement sur les coudes (extension du dos)',
    'stretch.prone-press-up.area': 'le bas du dos',
    'stretch.prone-press-up.steps': [
      'Allongez-vous sur le ventre et redressez-vous sur les coudes, les épaules en arrière et la nuque allongée.',
      'Gardez les hanches au sol et appuyez sur vos avant-bras pour creuser doucement le dos.',
      'Tenez la position en respirant normalement, puis redescendez lentement.',
    ],
    'stretch.prone-press-up.frequency': 'Tous les jours',
    'stretch.prone-press-up.cautions': [
      'Gardez les hanches au sol, et ne basculez pas la tête en arrière.',
      'Ne le faites pas si vous êtes enceinte : il faut s’allonger sur le ventre.',
    ],
    'stretch.prone-press-up.alt':
      'Une personne allongée sur le ventre, redressée sur les coudes, le dos légèrement creusé.',
    // hamstring
    'stretch.hamstring.title': 'Étirement de l’arrière de la cuisse avec une serviette',
    'stretch.hamstring.area': 'l’arrière de la cuisse (ischio-jambiers)',
    'stretch.hamstring.steps': [
      'Allongez-vous sur le dos, genoux pliés. Passez une serviette ou une sangle autour d’un pied.',
      'Levez cette jambe et tendez lentement le genou, jusqu’à sentir un étirement derrière la cuisse.',
      'Tenez la serviette à deux mains. L’autre jambe reste pliée, ou à plat sur le sol.',
      'Restez immobile, sans à-coups, puis redescendez lentement la jambe.',
    ],
    'stretch.hamstring.frequency': 'Tous les jours',
    'stretch.hamstring.cautions': [
      'Sciatique ? Si cet étirement envoie une douleur en éclair ou des fourmillements dans votre jambe, relâchez et faites plutôt le glissement du nerf sciatique.',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.hamstring.alt':
      'Une personne allongée sur le dos, qui tient une jambe tendue en l’air avec une serviette passée autour du pied.',
    // hip-flexor
    'stretch.hip-flexor.title': 'Étirement du devant de la hanche, à genou',
    'stretch.hip-flexor.area': 'le devant de la hanche (fléchisseurs de la hanche)',
    'stretch.hip-flexor.steps': [
      'Posez un genou au sol sur un coussin, l’autre pied à plat sur le sol devant vous.',
      'Gardez le buste droit et rentrez les fesses.',
      'Avancez les hanches jusqu’à sentir un étirement à l’avant de la hanche, du côté du genou posé au sol.',
      'Tenez la position, puis revenez lentement.',
    ],
    'stretch.hip-flexor.frequency': 'Tous les jours',
    'stretch.hip-flexor.cautions': [
      'Ne creusez pas le bas du dos. Tenez-vous à une chaise ou à un mur pour garder l’équilibre.',
      'Genou douloureux ? Posez le genou sur un coussin, ou faites l’étirement debout.',
    ],
    'stretch.hip-flexor.alt':
      'Une personne avec un genou au sol et l’autre pied devant, les hanches poussées doucement vers l’avant.',
    // figure-four
    'stretch.figure-four.title': 'Étirement de la fesse, jambes en 4',
    'stretch.figure-four.area': 'la fesse (muscles fessiers et piriforme)',
    'stretch.figure-four.steps': [
      'Allongez-vous sur le dos, genoux pliés, pieds à plat sur le sol.',
      'Posez une cheville sur le genou opposé.',
      'Attrapez l’arrière de la cuisse de l’autre jambe et ramenez-la doucement vers la poitrine, jusqu’à sentir un étirement dans la fesse de la jambe croisée.',
      'Tenez la position en respirant normalement, puis redescendez lentement.',
    ],
    'stretch.figure-four.frequency': 'Tous les jours',
    'stretch.figure-four.cautions': [
      'Vous avez une prothèse de hanche ? Ne faites pas cet étirement sans l’accord de votre chirurgien : plier fortement la hanche et croiser la jambe sont en général interdits pendant 6 semaines ou plus.',
      'Arrêtez si les fourmillements dans votre jambe augmentent.',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.figure-four.alt':
      'Une personne allongée sur le dos, une cheville posée sur l’autre genou, les jambes ramenées vers la poitrine.',
    // sciatic-nerve-glide
    'stretch.sciatic-nerve-glide.title': 'Glissement du nerf sciatique',
    'stretch.sciatic-nerve-glide.area': 'le nerf sciatique, à l’arrière de la jambe',
    'stretch.sciatic-nerve-glide.steps': [
      'Allongez-vous sur le dos. Levez une jambe et tenez l’arrière du genou à deux mains, la hanche pliée à angle droit.',
      'Tendez lentement le genou, orteils tirés vers vous, jusqu’à sentir une légère tension.',
      'Repliez aussitôt le genou : c’est un mouvement lent et fluide, sans tenir la position.',
    ],
    'stretch.sciatic-nerve-glide.frequency': 'Tous les jours',
    'stretch.sciatic-nerve-glide.cautions': [
      'N’allez que jusqu’à une légère tension ; ne forcez jamais jusqu’à la douleur. Arrêtez si vos symptômes augmentent ou durent après l’exercice.',
      'Engourdissement ou faiblesse qui s’aggrave ? Arrêtez et demandez une aide d’urgence tout de suite (voir plus bas).',
      'Enceinte de plus de 20 semaines environ ? Ne vous allongez pas à plat sur le dos.',
    ],
    'stretch.sciatic-nerve-glide.alt':
      'Une personne allongée sur le dos, qui tient l’arrière d’un genou et tend lentement cette jambe ; une flèche montre le mouvement.',

    // symptom-checker
    'symptom.title': 'Le massage est-il adapté à votre mal de dos ?',
    'symptom.intro': 'Découvrez si un massage a des chances de vous aider, ou si vous devriez d’abord voir un médecin.',
    'symptom.time': 'Cela prend environ {minutes} minutes : la plupart des gens répondent à {screens} pages courtes.',
    'symptom.private': 'Vos réponses restent sur cet appareil.',
    'symptom.notdx': 'Ce n’est pas un diagnostic, et cela ne remplace pas un médecin ni un kinésithérapeute.',
    'symptom.notfor': 'En cas d’urgence, n’utilisez pas cet outil : appelez le {number}.',
    'symptom.start': 'Commencer',
    'symptom.continue': 'Continuer',
    'symptom.back': 'Retour',
    'symptom.change': 'Modifier',
    'symptom.check': 'Vérifiez vos réponses',
    'symptom.see': 'Voir mon résultat',
    'symptom.restart': 'Recommencer',
    'symptom.problem': 'Il y a un problème',
    'symptom.error': 'Erreur :',
    'symptom.section': 'Partie {number} sur {total} : {name}',
    'symptom.yesNo': ['Oui', 'Non', 'Je ne sais pas'],
    'symptom.score': '{score} sur 10',
    'symptom.unsure': '(vous ne saviez pas, alors nous comptons cette réponse comme un oui)',
    'symptom.because': 'Ce que vous nous avez dit',
    'symptom.todo': 'Que faire maintenant',
    'symptom.emergency': 'Appelez le {number} tout de suite ou allez aux urgences',
    'symptom.maternity': 'Appelez le {number} tout de suite, ou appelez immédiatement la maternité de votre hôpital',
    'symptom.call': 'Appeler le {number}',
    'symptom.mistake': 'Une réponse à corriger ? Revenez en arrière',
    'symptom.today': 'Consultez un médecin aujourd’hui',
    'symptom.days': 'Consultez un médecin dans les prochains jours',
    'symptom.before-booking':
      'Demandez l’avis de votre médecin traitant, de votre kinésithérapeute ou de votre sage-femme avant de réserver un massage',
    'symptom.massage-ok': 'Le massage a de bonnes chances de vous aider',
    'symptom.suggest': 'Notre suggestion : {technique}, {minutes} : {why}',
    'symptom.safety': 'Appelez le {number} ou allez immédiatement aux urgences si vous avez :',
    'symptom.stretches': 'Étirements à faire chez vous',
    'symptom.show': 'Comment faire',
    'symptom.expect': 'À quoi vous attendre pendant votre séance',
    'symptom.insurance':
      'Si un médecin vous soigne pour votre dos, demandez-lui une prescription de massage : certaines mutuelles remboursent le massage sur prescription. Nous pouvons vérifier pour vous ce que rembourse votre mutuelle.',
    'symptom.book': 'Réserver : {minutes}, {technique}',
    'symptom.duration.days': { one: '{n} jour', many: '{n} jours', other: '{n} jours' },
    'symptom.duration.weeks': { one: '{n} semaine', many: '{n} semaines', other: '{n} semaines' },
    'symptom.duration.months': { one: '{n} mois', many: '{n} mois', other: '{n} mois' },
    'symptom.duration.years': { one: '{n} an', many: '{n} ans', other: '{n} ans' },
    'symptom.answer.age': { one: '{n} an', many: '{n} ans', other: '{n} ans' },
    'symptom.answer.pregWeeks': { one: '{n} semaine', many: '{n} semaines', other: '{n} semaines' },
    'symptom.p.about': 'À propos de vous',
    'symptom.p.warning': 'Signes d’alerte',
    'symptom.p.health': 'Votre santé',
    'symptom.p.pain': 'Votre douleur',
    'symptom.s.ces': 'Depuis le début de votre mal de dos, avez-vous eu l’un de ces problèmes ?',
    'symptom.s.legs': 'Vos jambes',
    'symptom.s.body': 'Avez-vous l’un de ces problèmes ?',
    'symptom.s.back': 'Votre dos',
    'symptom.s.history': 'L’une de ces situations vous concerne-t-elle ?',
    'symptom.s.pregnancy': 'Votre grossesse',
    'symptom.s.duration': 'Depuis combien de temps avez-vous cette douleur ?',
    'symptom.s.now': 'Votre douleur aujourd’hui',
    'symptom.s.ibp': 'Ces phrases décrivent-elles votre mal de dos ?',
    'symptom.s.goAhead': 'Avant de réserver',
    'symptom.q.age': 'Quel âge avez-vous ?',
    'symptom.h.age': 'Nous le demandons en premier, car votre âge décide des questions qui vous concernent.',
    'symptom.u.age': 'ans',
    'symptom.e.age': 'Indiquez votre âge, par exemple 42',
    'symptom.er.age': 'Indiquez votre âge en années entières, de 1 à 120',
    'symptom.q.bladder':
      'Nouveaux problèmes pour uriner : du mal à commencer ou à vous retenir, des fuites, ou ne pas sentir quand votre vessie est pleine',
    'symptom.e.bladder': 'Indiquez si vous avez eu de nouveaux problèmes pour uriner',
    'symptom.q.bowel':
      'Nouveaux problèmes avec vos intestins : des fuites de selles, ou ne pas sentir quand vous avez besoin d’aller à la selle',
    'symptom.e.bowel': 'Indiquez si vous avez eu de nouveaux problèmes avec vos intestins',
    'symptom.q.saddle':
      'Engourdissement ou fourmillements autour des parties génitales, de l’anus ou à l’intérieur des cuisses, ou moins de sensations quand vous vous essuyez',
    'symptom.e.saddle':
      'Indiquez si vous avez un engourdissement ou des fourmillements autour des parties génitales, de l’anus ou à l’intérieur des cuisses',
    'symptom.q.sexual':
      'Un nouveau changement de votre fonction sexuelle : moins de sensations pendant les rapports sexuels, ou de nouveaux problèmes d’érection ou d’éjaculation',
    'symptom.e.sexual': 'Indiquez si vous avez remarqué un nouveau changement de votre fonction sexuelle',
    'symptom.q.legs': 'La douleur descend-elle dans vos jambes ?',
    'symptom.o.legs': [
      'Non',
      'Oui, dans une jambe, au-dessus du genou',
      'Oui, dans une jambe, en dessous du genou',
      'Oui, dans les deux jambes',
    ],
    'symptom.e.legs': 'Indiquez si la douleur descend dans vos jambes',
    'symptom.q.numb': 'Avez-vous un engourdissement ou des fourmillements dans les fesses ou les jambes ?',
    'symptom.o.numb': ['Non', 'Oui, d’un côté', 'Oui, dans les deux jambes', 'Oui, et cela s’étend ou s’aggrave'],
    'symptom.e.numb': 'Indiquez si vous avez un engourdissement ou des fourmillements dans les fesses ou les jambes',
    'symptom.q.weak': 'Sentez-vous une faiblesse dans vos jambes ?',
    'symptom.h.weak':
      'Par exemple, votre pied accroche le sol, ou vous n’arrivez pas à vous mettre sur la pointe des pieds.',
    'symptom.o.weak': ['Non', 'Oui, dans une jambe', 'Oui, dans les deux jambes', 'Oui, et cela s’aggrave'],
    'symptom.e.weak': 'Indiquez si vous sentez une faiblesse dans vos jambes',
    'symptom.q.onset': 'Comment la douleur a-t-elle commencé ?',
    'symptom.o.onset': [
      'En soulevant quelque chose',
      'En tournant ou en penchant le buste',
      'Petit à petit, en passant beaucoup de temps en position assise ou debout',
      'En faisant de l’exercice ou du sport',
      'En éternuant ou en toussant',
      'En tombant de sa hauteur (depuis la position debout) ou de moins haut',
      'Lors d’un accident grave, comme un accident de voiture ou une chute de haut',
      'Sans cause claire',
    ],
    'symptom.e.onset': 'Indiquez comment la douleur a commencé',
    'symptom.q.chest': 'Douleur dans la poitrine, essoufflement, ou du sang quand vous toussez',
    'symptom.e.chest':
      'Indiquez si vous avez une douleur dans la poitrine, un essoufflement, ou du sang quand vous toussez',
    'symptom.q.calf': 'Une jambe gonflée, chaude ou rouge d’un seul côté, au mollet ou à la cuisse',
    'symptom.e.calf': 'Indiquez si vous avez une jambe gonflée, chaude ou rouge, au mollet ou à la cuisse',
    'symptom.q.fever': 'De la fièvre, ou une sensation de chaleur avec des frissons',
    'symptom.e.fever': 'Indiquez si vous avez de la fièvre, ou une sensation de chaleur avec des frissons',
    'symptom.q.weightLoss': 'Une perte de poids sans le vouloir',
    'symptom.e.weightLoss': 'Indiquez si vous perdez du poids sans le vouloir',
    'symptom.q.where': 'Où la douleur est-elle la plus forte ?',
    'symptom.o.where': ['Le bas du dos', 'Le haut du dos, entre les omoplates', 'Les deux'],
    'symptom.e.where': 'Indiquez où la douleur est la plus forte',
    'symptom.q.night': 'Une douleur que le repos ne soulage pas, ou qui est bien pire la nuit',
    'symptom.e.night': 'Indiquez si le repos ne soulage pas la douleur, ou si elle est bien pire la nuit',
    'symptom.q.cough':
      'Une douleur plus forte quand vous toussez, éternuez ou poussez fort (par exemple aux toilettes)',
    'symptom.e.cough': 'Indiquez si la douleur est plus forte quand vous toussez, éternuez ou poussez fort',
    'symptom.q.lump': 'Une bosse, un gonflement ou un changement de forme de votre dos',
    'symptom.e.lump': 'Indiquez si vous avez une bosse, un gonflement ou un changement de forme de votre dos',
    'symptom.q.skin': 'Une plaie, une éruption cutanée (plaques, boutons) ou une infection de la peau sur le dos',
    'symptom.e.skin': 'Indiquez si vous avez une plaie, une éruption cutanée ou une infection de la peau sur le dos',
    'symptom.q.cancer': 'Un cancer, maintenant ou par le passé',
    'symptom.e.cancer': 'Indiquez si vous avez ou avez eu un cancer',
    'symptom.q.bones':
      'De l’ostéoporose, une fracture récente, ou des comprimés de cortisone (corticoïdes) pendant 3 mois ou plus',
    'symptom.e.bones':
      'Indiquez si vous avez de l’ostéoporose, une fracture récente, ou si vous prenez des comprimés de cortisone',
    'symptom.q.immune':
      'Un système immunitaire affaibli, la prise de drogues par injection, ou une infection bactérienne récente',
    'symptom.e.immune':
      'Indiquez si vous avez un système immunitaire affaibli, si vous vous injectez des drogues, ou si vous avez eu une infection bactérienne récente',
    'symptom.q.thinners':
      'Des médicaments qui fluidifient le sang (anticoagulants), ou une maladie qui fait saigner facilement (trouble de la coagulation)',
    'symptom.e.thinners':
      'Indiquez si vous prenez des médicaments qui fluidifient le sang, ou si vous avez un trouble de la coagulation',
    'symptom.q.surgery': 'Une opération au cours des 3 derniers mois',
    'symptom.e.surgery': 'Indiquez si vous avez eu une opération au cours des 3 derniers mois',
    'symptom.q.pregnant': 'Vous êtes enceinte',
    'symptom.e.pregnant': 'Indiquez si vous êtes enceinte',
    'symptom.q.pregWeeks': 'De combien de semaines êtes-vous enceinte ?',
    'symptom.u.pregWeeks': 'semaines',
    'symptom.e.pregWeeks': 'Indiquez de combien de semaines vous êtes enceinte, par exemple 20',
    'symptom.er.pregWeeks': 'Indiquez les semaines de grossesse en nombre entier, de 1 à 45',
    'symptom.q.obstetric':
      'Avez-vous des saignements, une forte douleur au ventre qui ne passe pas, ou des contractions régulières (le ventre qui durcit) ?',
    'symptom.e.obstetric':
      'Indiquez si vous avez des saignements, une forte douleur au ventre qui ne passe pas, ou des contractions régulières',
    'symptom.q.durationAmount': 'Durée',
    'symptom.h.durationAmount': 'Moins d’un jour ? Indiquez 0 jour.',
    'symptom.e.durationAmount': 'Indiquez depuis combien de temps vous avez cette douleur, par exemple 3',
    'symptom.er.durationAmount': 'Indiquez la durée en nombre entier, de 0 à 999',
    'symptom.q.durationUnit': 'Jours, semaines, mois ou années ?',
    'symptom.o.durationUnit': ['Jours', 'Semaines', 'Mois', 'Années'],
    'symptom.e.durationUnit': 'Choisissez jours, semaines, mois ou années',
    'symptom.q.first': 'Est-ce la première fois que vous avez mal au dos ?',
    'symptom.e.first': 'Indiquez si c’est la première fois que vous avez mal au dos',
    'symptom.q.pain': 'À quel point avez-vous mal aujourd’hui, de 0 à 10 ?',
    'symptom.h.pain': '0 veut dire aucune douleur, 10 la pire douleur que vous puissiez imaginer.',
    'symptom.e.pain': 'Indiquez à quel point vous avez mal aujourd’hui, de 0 à 10',
    'symptom.q.improving': 'La douleur s’améliore-t-elle ?',
    'symptom.o.improving': ['Oui, elle s’améliore', 'Elle est à peu près pareille', 'Non, elle s’aggrave'],
    'symptom.e.improving': 'Indiquez si la douleur s’améliore',
    'symptom.q.ibpNight': 'Elle me réveille dans la deuxième moitié de la nuit',
    'symptom.e.ibpNight': 'Indiquez si elle vous réveille dans la deuxième moitié de la nuit',
    'symptom.q.ibpButtock': 'J’ai aussi mal aux fesses',
    'symptom.e.ibpButtock': 'Indiquez si vous avez aussi mal aux fesses',
    'symptom.q.ibpMoving': 'Elle diminue quand je bouge',
    'symptom.e.ibpMoving': 'Indiquez si elle diminue quand vous bougez',
    'symptom.q.ibpNsaid': 'L’ibuprofène ou un médicament du même type me soulage dans les 2 jours',
    'symptom.e.ibpNsaid': 'Indiquez si l’ibuprofène ou un médicament du même type vous soulage dans les 2 jours',
    'symptom.q.ibpFamily': 'Un membre de ma famille proche a une spondyloarthrite',
    'symptom.e.ibpFamily': 'Indiquez si un membre de votre famille proche a une spondyloarthrite',
    'symptom.q.ibpPsoriasis': 'Du psoriasis, maintenant ou par le passé',
    'symptom.e.ibpPsoriasis': 'Indiquez si vous avez ou avez eu du psoriasis',
    'symptom.q.ibpArthritis': 'Des articulations gonflées et douloureuses, maintenant ou par le passé',
    'symptom.e.ibpArthritis': 'Indiquez si vous avez ou avez eu des articulations gonflées et douloureuses',
    'symptom.q.ibpHeel': 'Une douleur là où un tendon s’attache à l’os, par exemple au talon',
    'symptom.e.ibpHeel': 'Indiquez si vous avez une douleur là où un tendon s’attache à l’os',
    'symptom.q.assessed': 'Un médecin ou un kinésithérapeute a-t-il examiné ce problème de dos ?',
    'symptom.e.assessed': 'Indiquez si un médecin ou un kinésithérapeute a examiné ce problème de dos',
    'symptom.q.okBones':
      'Votre médecin vous a-t-il dit que le massage est sans danger avec votre ostéoporose, votre fracture ou vos comprimés de cortisone ?',
    'symptom.e.okBones': 'Indiquez si votre médecin vous a dit que le massage est sans danger pour vos os',
    'symptom.q.okThinners':
      'Votre médecin vous a-t-il dit que le massage est sans danger avec vos médicaments qui fluidifient le sang ou votre trouble de la coagulation ?',
    'symptom.e.okThinners':
      'Indiquez si votre médecin vous a dit que le massage est sans danger avec vos médicaments qui fluidifient le sang ou votre trouble de la coagulation',
    'symptom.q.okPregnancy':
      'Votre sage-femme ou votre médecin vous a-t-il dit que le massage est sans danger pendant cette grossesse ?',
    'symptom.e.okPregnancy':
      'Indiquez si votre sage-femme ou votre médecin vous a dit que le massage est sans danger pendant cette grossesse',
    'symptom.q.okSurgery': 'Votre chirurgien vous a-t-il dit que le massage est sans danger après votre opération ?',
    'symptom.e.okSurgery':
      'Indiquez si votre chirurgien vous a dit que le massage est sans danger après votre opération',
    'symptom.r.E-CES-BLADDER': 'Nouveaux problèmes pour uriner ou pour contrôler votre vessie',
    'symptom.r.E-CES-BOWEL': 'Nouveaux problèmes avec vos intestins',
    'symptom.r.E-CES-SADDLE':
      'Engourdissement ou fourmillements autour des parties génitales, de l’anus ou à l’intérieur des cuisses',
    'symptom.r.E-CES-SEXUAL': 'Un nouveau changement de votre fonction sexuelle',
    'symptom.r.E-BILATERAL-LEG': 'Douleur, engourdissement ou faiblesse dans les deux jambes',
    'symptom.r.E-PROGRESSIVE-DEFICIT': 'Engourdissement ou faiblesse dans une jambe, qui s’aggrave',
    'symptom.r.E-MAJOR-TRAUMA': 'Une douleur qui a commencé lors d’un accident grave',
    'symptom.r.E-CHEST-PAIN': 'Douleur dans la poitrine, essoufflement, ou du sang quand vous toussez',
    'symptom.r.E-MSCC':
      'Un cancer avec de nouveaux symptômes aux jambes, à la vessie ou aux intestins, ou une douleur qui s’aggrave',
    'symptom.r.E-PE': 'Une jambe gonflée (mollet ou cuisse) avec une douleur dans la poitrine ou un essoufflement',
    'symptom.r.E-OBSTETRIC': 'Saignements, forte douleur au ventre ou contractions pendant la grossesse',
    'symptom.r.D-THORACIC': 'Une douleur dans le haut du dos',
    'symptom.r.D-FRAGILITY-FRACTURE': 'Une douleur soudaine alors que vos os sont peut-être fragiles',
    'symptom.r.D-AGE-NEW-ONSET': 'Un tout premier mal de dos à votre âge, sans cause claire',
    'symptom.r.D-INFLAMMATORY': 'Des signes d’inflammation de la colonne vertébrale',
    'symptom.r.D-UNDER-16': 'Avoir moins de 16 ans',
    'symptom.r.D-NOT-IMPROVING': 'Une douleur qui ne s’améliore pas',
    'symptom.r.D-SEVERE-PAIN': 'Une douleur intense',
    'symptom.r.D-ONE-LEG-WEAKNESS': 'Une faiblesse dans une jambe',
    'symptom.r.C-PREGNANCY': 'Une grossesse',
    'symptom.r.C-CANCER': 'Un cancer : votre équipe soignante doit donner son accord pour le massage',
    'symptom.r.C-FEVER': 'De la fièvre : le massage doit attendre qu’elle soit passée',
    'symptom.a.emergency': 'Appelez le {number} tout de suite ou allez aux urgences.',
    'symptom.a.maternity': 'Appelez le {number} tout de suite, ou appelez immédiatement la maternité de votre hôpital.',
    'symptom.a.noDrive': 'Ne conduisez pas vous-même.',
    'symptom.a.noWait': 'N’attendez pas de voir si cela s’améliore.',
    'symptom.a.careToday':
      'Appelez votre médecin traitant aujourd’hui pour un rendez-vous le jour même, ou allez dans un centre de soins non programmés (sans rendez-vous).',
    'symptom.a.careDays': 'Prenez rendez-vous avec votre médecin traitant dans les prochains jours.',
    'symptom.a.careBefore':
      'Consultez votre médecin traitant ou votre kinésithérapeute pour votre dos avant de réserver un massage.',
    'symptom.a.askMidwife':
      'Demandez à votre sage-femme ou à votre médecin si le massage est sans danger pendant votre grossesse.',
    'symptom.a.askSurgeon': 'Demandez à votre chirurgien si le massage est sans danger après votre opération.',
    'symptom.a.askThinners':
      'Demandez au médecin qui vous prescrit vos médicaments pour fluidifier le sang, ou qui soigne votre trouble de la coagulation, si le massage est sans danger.',
    'symptom.a.askBones': 'Demandez à votre médecin si le massage est sans danger pour vos os.',
    'symptom.a.noMassage': 'Ne réservez pas de massage tant qu’un soignant n’a pas vérifié votre état.',
    'symptom.a.keepActive':
      'D’ici là, continuez à bouger doucement, autant que vous le pouvez : rester au lit aggrave le mal de dos.',
    'symptom.a.active': 'Continuez à bouger : marcher aide plus que rester au lit.',
    'symptom.a.exercise':
      'Le massage marche mieux avec de l’exercice : étirez-vous tous les jours et continuez à marcher.',
    'symptom.a.heatNumb':
      'Ne mettez jamais de chaleur sur une peau engourdie : vous pourriez ne pas sentir une brûlure.',
    'symptom.a.settle': 'La plupart des maux de dos et des sciatiques se calment en 4 à 6 semaines.',
    'symptom.a.stop': 'Arrêtez tout étirement qui fait s’étendre la douleur ou qui l’aggrave.',
    'symptom.a.surgeryExercise': 'Pour l’exercice, les conseils de votre chirurgien passent en premier.',
    'symptom.a.scar':
      'Dites à votre thérapeute où a eu lieu l’opération : pas de massage sur la cicatrice, ni près d’elle.',
    'symptom.a.pregnancy': 'Dites à votre thérapeute que vous êtes enceinte : vous vous allongerez sur le côté.',
    'symptom.a.gentle': 'Demandez une pression douce uniquement.',
    'symptom.n.bladder': 'Nouveaux problèmes pour uriner ou pour contrôler votre vessie',
    'symptom.n.bowel': 'Nouveaux problèmes avec vos intestins',
    'symptom.n.saddle':
      'Engourdissement ou fourmillements autour des parties génitales, de l’anus ou à l’intérieur des cuisses',
    'symptom.n.sexual': 'Un nouveau changement de votre fonction sexuelle',
    'symptom.n.legs': 'Douleur, engourdissement ou faiblesse dans les deux jambes',
    'symptom.n.worse': 'Engourdissement ou faiblesse dans une jambe, qui s’aggrave',
    'symptom.n.chest': 'Douleur dans la poitrine, essoufflement, ou du sang quand vous toussez',
    'symptom.n.calf': 'Une jambe gonflée (mollet ou cuisse) avec un essoufflement ou une douleur dans la poitrine',
    'symptom.n.accident': 'Un accident grave ou une chute de haut',
    'symptom.n.pregnancy':
      'Saignements, forte douleur au ventre ou contractions : appelez le {number}, ou la maternité de votre hôpital',
    'symptom.w.talk': 'Votre première visite commence par une courte discussion sur votre dos et votre santé.',
    'symptom.w.posture': 'Votre thérapeute regarde comment vous vous tenez debout et comment vous bougez.',
    'symptom.w.lying':
      'Vous vous allongez sur le ventre ou sur le dos sur une table rembourrée, ou sur le côté pendant la grossesse.',
    'symptom.w.pressure': 'La pression doit être ferme, mais jamais insupportable.',
    'symptom.w.tell':
      'Dites-le tout de suite à votre thérapeute si quelque chose vous fait mal ou vous semble anormal.',
    'symptom.t.swedish': 'massage suédois doux',
    'symptom.t.myofascial': 'relâchement myofascial (pression lente et continue)',
    'symptom.t.deep-tissue': 'massage des tissus profonds',
    'symptom.t.nerve-friendly': 'massage doux adapté à la sciatique',
    'symptom.m.time': 'selon des études, une séance d’une heure est utile.',
    'symptom.m.leg': 'du temps en plus pour masser aussi votre jambe.',
    'symptom.m.near': 'la durée la plus proche proposée par cette clinique.',
    'symptom.l.emergency': 'Urgence :',
    'symptom.l.today': 'Urgent :',
    'symptom.l.days': 'Bientôt :',
    'symptom.l.before-booking': 'Non urgent :',
    'symptom.l.massage-ok': 'Résultat :',
    'symptom.st.knee-to-chest': 'Genou vers la poitrine',
    'symptom.st.lower-trunk-rotation': 'Genoux sur le côté',
    'symptom.st.pelvic-tilt': 'Bascule du bassin',
    'symptom.st.child-pose': 'Fesses vers les talons',
    'symptom.st.cat-cow': 'Chat-vache',
    'symptom.st.prone-press-up': 'Redressement sur les coudes',
    'symptom.st.hamstring': 'Étirement de l’arrière de la cuisse avec une serviette',
    'symptom.st.hip-flexor': 'Étirement du devant de la hanche, à genou',
    'symptom.st.figure-four': 'Étirement de la fesse, jambes en 4',
    'symptom.st.sciatic-nerve-glide': 'Glissement du nerf sciatique',
  },
  regions: {
    // Québec: l’urgence (singular), médecin de famille, physiothérapeute, salle d’accouchement, clinique
    // sans rendez-vous, and a group or private insurance plan rather than a mutuelle.
    'fr-CA': {
      'stretch.noBetter':
        'Pas de mieux après 2 semaines, ou c’est pire ? Consultez votre médecin ou votre physiothérapeute.',
      'symptom.notdx': 'Ce n’est pas un diagnostic, et cela ne remplace pas un médecin ni un physiothérapeute.',
      'symptom.emergency': 'Appelez le {number} tout de suite ou allez à l’urgence',
      'symptom.maternity':
        'Appelez le {number} tout de suite, ou appelez immédiatement la salle d’accouchement de votre hôpital',
      'symptom.before-booking':
        'Demandez l’avis de votre médecin de famille, de votre physiothérapeute ou de votre sage-femme avant de réserver un massage',
      'symptom.safety': 'Appelez le {number} ou allez immédiatement à l’urgence si vous avez :',
      'symptom.insurance':
        'Si un médecin vous soigne pour votre dos, demandez-lui une recommandation pour des massages : certains régimes d’assurance remboursent les massages avec une recommandation. Nous pouvons vérifier votre couverture d’assurance pour vous.',
      'symptom.q.assessed': 'Un médecin ou un physiothérapeute a-t-il examiné ce problème de dos ?',
      'symptom.e.assessed': 'Indiquez si un médecin ou un physiothérapeute a examiné ce problème de dos',
      'symptom.a.emergency': 'Appelez le {number} tout de suite ou allez à l’urgence.',
      'symptom.a.maternity':
        'Appelez le {number} tout de suite, ou appelez immédiatement la salle d’accouchement de votre hôpital.',
      'symptom.a.careToday':
        'Appelez votre médecin de famille aujourd’hui pour un rendez-vous le jour même, ou allez dans une clinique sans rendez-vous.',
      'symptom.a.careDays': 'Prenez rendez-vous avec votre médecin de famille dans les prochains jours.',
      'symptom.a.careBefore':
        'Consultez votre médecin de famille ou votre physiothérapeute pour votre dos avant de réserver un massage.',
      'symptom.n.pregnancy':
        'Saignements, forte douleur au ventre ou contractions : appelez le {number}, ou la salle d’accouchement de votre hôpital',
    },
  },
} satisfies LanguagePack;
