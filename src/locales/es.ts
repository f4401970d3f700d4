import type { LanguagePack } from './translation.js';

/**
 * Spanish, in plain, warm words for people in pain reading on a phone: short sentences and always
 * "usted" (respectful, and the usual register of health information in every Spanish-speaking region),
 * gender-neutral where it is easy ("No lo sé" rather than "No estoy seguro/a").
 *
 * `strings` is neutral Spanish understood in Spain and the Americas ("acostarse", "médico",
 * "fisioterapeuta", "servicio de urgencias", "matrona", "conducir"). `regions` holds only the words that
 * really differ, all names of care services or everyday verbs: es-ES "urgencias", "urgencias de
 * maternidad" and the "centro de salud" (where appointments with the family doctor are made); es-MX
 * "manejar" and "partera"; es-US "manejar", "partera", "sala de emergencias" and "labor y parto" (the
 * names US hospitals use in Spanish).
 *
 * Emergency wording, red-flag questions, the safety net, "see a doctor" advice and stretch cautions say
 * exactly as much as the English, with the same force. The emergency number is always `{number}`.
 */
export default {
  strings: {
    // core
    'core.unavailable':
      'Esto no está disponible en este momento. Vuelva a intentarlo más tarde o póngase en contacto con la clínica.',

    // session-length-picker
    'picker.label': 'Duración de la sesión',
    'picker.required': 'Elija la duración de la sesión',

    // booking-button
    'booking.label': 'Reservar un masaje de {minutes} minutos',
    'booking.newTab': '(se abre en una pestaña nueva)',
    'booking.call': 'o llame al {phone}',
    'booking.unavailable': 'La reserva en línea no está disponible en este momento.',
    'booking.callToBook': 'Llame al {phone} para reservar.',
    'booking.close': 'Cerrar',
    'booking.frame': 'Página de reservas',
    'booking.heading': '{clinic}: {label}',
    'booking.frameOf': 'Página de reservas de {clinic}',
    'booking.loading': 'Cargando la página de reservas…',
    'booking.slow': 'La página de reservas tarda en cargar o no se puede mostrar aquí.',
    'booking.openTab': 'Abrir en una pestaña nueva',
    // {time} may be "1:00 p.m." (es-MX, es-US): no article before it ("las 1:00" would be wrong).
    'booking.hint.today': 'Citas para hoy: puede reservar hasta {time}',
    'booking.hint.cutoff': 'La reserva en línea para hoy ya está cerrada. Próxima cita: {day}, a partir de {time}',
    'booking.hint.closed': 'Hoy está cerrado. Próxima cita: {day}, a partir de {time}',

    // stretch-card
    'stretch.custom': 'Estiramiento',
    'stretch.area': 'Estira: {area}',
    'stretch.hold': 'Mantener',
    'stretch.eachRep': 'Cada repetición',
    'stretch.slowRep': 'unos {time}, moviéndose despacio (sin mantener la postura)',
    'stretch.repeat': 'Repetir',
    'stretch.times': { one: '{n} vez', many: '{n} veces', other: '{n} veces' },
    'stretch.eachSide': '{times} por cada lado',
    'stretch.often': 'Con qué frecuencia',
    'stretch.steps': 'Cómo hacerlo',
    'stretch.cautions': 'Precauciones',
    'stretch.redFlags':
      'Si nota entumecimiento alrededor de los genitales, el ano o la cara interna de los muslos, problemas nuevos para orinar o defecar, o entumecimiento o debilidad en las dos piernas o que empeora en una, pare y llame al {number} ahora.',
    'stretch.surgery':
      '¿Le han operado de la espalda o de la cadera hace poco? Siga primero los consejos de su cirujano.',
    'stretch.noBetter': '¿No mejora después de 2 semanas, o empeora? Consulte a su médico o fisioterapeuta.',
    'stretch.unknown': 'Lo sentimos, no encontramos el estiramiento “{id}”. Pida este ejercicio en su clínica.',
    'stretch.missing': 'Lo sentimos, no encontramos este estiramiento. Pida este ejercicio en su clínica.',
    'stretch.timer': 'Temporizador',
    'stretch.control': '{action}: {stretch}',
    'stretch.start': 'Empezar',
    'stretch.pause': 'Pausa',
    'stretch.resume': 'Continuar',
    'stretch.again': 'Empezar de nuevo',
    'stretch.reset': 'Poner a cero',
    'stretch.rep': 'Repetición {rep} de {reps}',
    'stretch.left': '{rep}, lado izquierdo',
    'stretch.right': '{rep}, lado derecho',
    'stretch.ready': 'Listo para empezar',
    'stretch.paused': 'En pausa',
    'stretch.hold.now': 'Mantenga',
    'stretch.slow.now': 'Muévase despacio',
    'stretch.rest.now': 'Descanse',
    'stretch.switch.now': 'Cambie de lado',
    'stretch.done': '¡Terminado! ¡Muy bien hecho!',
    'stretch.hold.say': 'Mantenga durante {time}. {where}.',
    'stretch.slow.say': 'Muévase despacio, {times}. {where}.',
    'stretch.rest.say': 'Descanse durante {time}.',
    'stretch.switch.say': 'Cambie de lado.',
    'stretch.stopIfWorse': 'Pare si el dolor se extiende hacia abajo por la pierna o si empeora.',
    // knee-to-chest
    'stretch.knee-to-chest.title': 'Rodilla al pecho',
    'stretch.knee-to-chest.area': 'la parte baja de la espalda y las nalgas',
    'stretch.knee-to-chest.steps': [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo. Le ayudará poner un cojín pequeño bajo la cabeza.',
      'Suba una rodilla y sujétela con las dos manos.',
      'Lleve la rodilla con suavidad hacia el pecho hasta que note un estiramiento en la parte baja de la espalda.',
      'Mantenga la postura respirando con normalidad y luego baje la pierna despacio.',
    ],
    'stretch.knee-to-chest.frequency': 'Todos los días',
    'stretch.knee-to-chest.cautions': [
      'Mantenga el cuello y los hombros relajados, y llegue solo hasta donde le resulte cómodo.',
      'Si tiene osteoporosis o una fractura en la columna, no fuerce la rodilla hacia el pecho.',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.knee-to-chest.alt':
      'Una persona acostada boca arriba que abraza una rodilla doblada y la acerca hacia el pecho.',
    // lower-trunk-rotation
    'stretch.lower-trunk-rotation.title': 'Giro de rodillas (rotación de la parte baja del tronco)',
    'stretch.lower-trunk-rotation.area': 'la parte baja de la espalda y los costados del tronco',
    'stretch.lower-trunk-rotation.steps': [
      'Acuéstese boca arriba con las rodillas dobladas y juntas, y los pies apoyados en el suelo.',
      'Sin despegar los hombros del suelo, deje caer las rodillas despacio hacia un lado.',
      'Mantenga la postura y luego vuelva a llevar las rodillas al centro.',
    ],
    'stretch.lower-trunk-rotation.frequency': 'Todos los días',
    'stretch.lower-trunk-rotation.cautions': [
      'Muévase solo hasta donde le resulte cómodo. Le puede ayudar poner una almohada entre las rodillas.',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.lower-trunk-rotation.alt':
      'Una persona acostada boca arriba con las dos rodillas dobladas y caídas hacia un lado.',
    // pelvic-tilt
    'stretch.pelvic-tilt.title': 'Inclinación pélvica',
    'stretch.pelvic-tilt.area': 'la parte baja de la espalda y los músculos del abdomen',
    'stretch.pelvic-tilt.steps': [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
      'Apriete los músculos del abdomen y presione con suavidad la parte baja de la espalda contra el suelo.',
      'Mantenga la postura sin dejar de respirar y luego relájese.',
    ],
    'stretch.pelvic-tilt.frequency': 'Hasta 3 veces al día',
    'stretch.pelvic-tilt.cautions': [
      'Siga respirando: no aguante la respiración.',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.pelvic-tilt.alt':
      'Una persona acostada boca arriba con las rodillas dobladas, que aprieta la parte baja de la espalda contra el suelo.',
    // child-pose
    'stretch.child-pose.title': 'Nalgas a los talones (postura del niño)',
    'stretch.child-pose.area': 'la parte baja de la espalda',
    'stretch.child-pose.steps': [
      'Apóyese en las manos y las rodillas, con las manos debajo de los hombros y las rodillas debajo de las caderas.',
      'Lleve despacio las nalgas hacia atrás, hacia los talones, manteniendo la curva natural de la espalda.',
      'Mantenga la postura durante una respiración profunda y luego vuelva a apoyarse en las manos y las rodillas.',
    ],
    'stretch.child-pose.frequency': 'Todos los días',
    'stretch.child-pose.cautions': [
      'Llegue solo hasta donde le resulte cómodo. Si tiene un problema de rodilla, no se siente del todo sobre los talones.',
    ],
    'stretch.child-pose.alt':
      'Una persona de rodillas con las nalgas llevadas hacia los talones y los brazos estirados hacia delante sobre el suelo.',
    // cat-cow
    'stretch.cat-cow.title': 'Gato–vaca',
    'stretch.cat-cow.area': 'toda la espalda',
    'stretch.cat-cow.steps': [
      'Apóyese en las manos y las rodillas, con las manos debajo de los hombros y las rodillas debajo de las caderas.',
      'Redondee la espalda hacia el techo y deje caer la cabeza. Mantenga la postura unos 5 segundos.',
      'Deje que la barriga baje y arquee la espalda con suavidad, mirando al frente. Mantenga la postura unos 5 segundos.',
      'Siga pasando despacio de una postura a la otra.',
    ],
    'stretch.cat-cow.frequency': 'Todos los días',
    'stretch.cat-cow.cautions': [
      'Muévase solo hasta donde no le duela. Si le duelen las muñecas o las rodillas, cambie de postura o pare.',
    ],
    'stretch.cat-cow.alt':
      'Una persona apoyada en las manos y las rodillas, con la espalda redondeada hacia el techo; unas flechas muestran que sube y baja.',
    // prone-press-up
    'stretch.prone-press-up.title': 'Elevación sobre los codos (extensión de espalda)',
    'stretch.prone-press-up.area': 'la parte baja de la espalda',
    'stretch.prone-press-up.steps': [
      'Acuéstese boca abajo y apóyese sobre los codos, con los hombros hacia atrás y el cuello estirado.',
      'Sin despegar las caderas del suelo, empuje hacia abajo con los antebrazos para arquear la espalda con suavidad.',
      'Mantenga la postura respirando con normalidad y luego baje despacio.',
    ],
    'stretch.prone-press-up.frequency': 'Todos los días',
    'stretch.prone-press-up.cautions': [
      'Mantenga las caderas en el suelo y no eche la cabeza hacia atrás.',
      'No lo haga si está embarazada: hay que acostarse boca abajo.',
    ],
    'stretch.prone-press-up.alt':
      'Una persona acostada boca abajo, apoyada sobre los codos, con la espalda arqueada con suavidad.',
    // hamstring
    'stretch.hamstring.title': 'Estiramiento de isquiotibiales con una toalla',
    'stretch.hamstring.area': 'la parte de atrás del muslo (isquiotibiales)',
    'stretch.hamstring.steps': [
      'Acuéstese boca arriba con las rodillas dobladas. Pase una toalla o una cinta alrededor de un pie.',
      'Levante esa pierna y estire la rodilla despacio hasta que note un estiramiento detrás del muslo.',
      'Sujete la toalla con las dos manos. La otra pierna se queda doblada, o estirada en el suelo.',
      'Mantenga la postura sin moverse ni dar rebotes, y luego baje la pierna despacio.',
    ],
    'stretch.hamstring.frequency': 'Todos los días',
    'stretch.hamstring.cautions': [
      '¿Tiene ciática? Si este estiramiento le provoca un dolor como una descarga o un hormigueo que le baja por la pierna, afloje y pruebe en su lugar el deslizamiento del nervio ciático.',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.hamstring.alt':
      'Una persona acostada boca arriba que sostiene en alto una pierna estirada con una toalla alrededor del pie.',
    // hip-flexor
    'stretch.hip-flexor.title': 'Estiramiento de los flexores de la cadera, de rodillas',
    'stretch.hip-flexor.area': 'la parte delantera de la cadera (flexores de la cadera)',
    'stretch.hip-flexor.steps': [
      'Apoye una rodilla sobre un cojín, con el otro pie plano en el suelo, delante de usted.',
      'Mantenga el cuerpo erguido y meta las nalgas hacia dentro.',
      'Lleve las caderas hacia delante hasta que note un estiramiento en la parte delantera de la cadera, del lado de la rodilla apoyada.',
      'Mantenga la postura y luego vuelva despacio a la posición inicial.',
    ],
    'stretch.hip-flexor.frequency': 'Todos los días',
    'stretch.hip-flexor.cautions': [
      'No arquee la parte baja de la espalda. Sujétese a una silla o a una pared para no perder el equilibrio.',
      '¿Le duele la rodilla? Apóyela sobre un cojín, o haga el estiramiento de pie.',
    ],
    'stretch.hip-flexor.alt':
      'Una persona con una rodilla en el suelo y el otro pie delante, que lleva las caderas con suavidad hacia delante.',
    // figure-four
    'stretch.figure-four.title': 'Estiramiento de nalga en forma de 4',
    'stretch.figure-four.area': 'la nalga (glúteos y piriforme)',
    'stretch.figure-four.steps': [
      'Acuéstese boca arriba con las rodillas dobladas y los pies apoyados en el suelo.',
      'Cruce un tobillo sobre la rodilla contraria.',
      'Sujete por detrás el muslo de la otra pierna y acérquelo con suavidad hacia el pecho hasta que note un estiramiento en la nalga de la pierna cruzada.',
      'Mantenga la postura respirando con normalidad y luego baje despacio.',
    ],
    'stretch.figure-four.frequency': 'Todos los días',
    'stretch.figure-four.cautions': [
      '¿Le han puesto una prótesis de cadera? No haga este estiramiento a menos que su cirujano esté de acuerdo: doblar mucho la cadera y cruzar la pierna no suelen estar permitidos durante 6 semanas o más.',
      'Pare si aumenta el hormigueo en la pierna.',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.figure-four.alt':
      'Una persona acostada boca arriba con un tobillo cruzado sobre la otra rodilla y las piernas llevadas hacia el pecho.',
    // sciatic-nerve-glide
    'stretch.sciatic-nerve-glide.title': 'Deslizamiento del nervio ciático',
    'stretch.sciatic-nerve-glide.area': 'el nervio ciático, por la parte de atrás de la pierna',
    'stretch.sciatic-nerve-glide.steps': [
      'Acuéstese boca arriba. Levante una pierna y sujétela por detrás de la rodilla con las dos manos, con la cadera doblada en ángulo recto.',
      'Estire la rodilla despacio, con los dedos del pie apuntando hacia usted, hasta que note una ligera tensión.',
      'Vuelva a doblar la rodilla enseguida: es un movimiento lento y suave, sin mantener la postura.',
    ],
    'stretch.sciatic-nerve-glide.frequency': 'Todos los días',
    'stretch.sciatic-nerve-glide.cautions': [
      'Llegue solo hasta notar una ligera tensión; nunca fuerce hasta sentir dolor. Pare si los síntomas empeoran o le duran después.',
      '¿El entumecimiento o la debilidad están empeorando? Pare y pida ayuda de urgencia ahora (vea abajo).',
      '¿Está embarazada de más de unas 20 semanas? No se acueste boca arriba.',
    ],
    'stretch.sciatic-nerve-glide.alt':
      'Una persona acostada boca arriba que sujeta una pierna por detrás de la rodilla y la estira despacio; una flecha muestra el movimiento.',

    // symptom-checker
    'symptom.title': '¿Es el masaje adecuado para su dolor de espalda?',
    'symptom.intro': 'Averigüe si es probable que un masaje le ayude, o si antes debe consultar a un médico.',
    'symptom.time': 'Se tarda unos {minutes} minutos: la mayoría de las personas responden {screens} páginas cortas.',
    'symptom.private': 'Sus respuestas se quedan en este dispositivo.',
    'symptom.notdx': 'Esto no es un diagnóstico y no sustituye a un médico ni a un fisioterapeuta.',
    'symptom.notfor': 'No es para emergencias: llame al {number}.',
    'symptom.start': 'Empezar ahora',
    'symptom.continue': 'Continuar',
    'symptom.back': 'Volver',
    'symptom.change': 'Cambiar',
    'symptom.check': 'Revise sus respuestas',
    'symptom.see': 'Ver mi resultado',
    'symptom.restart': 'Empezar de nuevo',
    'symptom.problem': 'Hay un problema',
    'symptom.error': 'Hay un error:',
    'symptom.section': 'Sección {number} de {total}: {name}',
    'symptom.yesNo': ['Sí', 'No', 'No lo sé'],
    'symptom.score': '{score} de 10',
    'symptom.unsure': '(respondió “No lo sé”, así que lo contamos como un sí)',
    'symptom.because': 'Lo que nos ha contado',
    'symptom.todo': 'Qué hacer ahora',
    'symptom.emergency': 'Llame al {number} ahora o vaya al servicio de urgencias',
    'symptom.maternity': 'Llame al {number} ahora, o llame de inmediato al servicio de maternidad de su hospital',
    'symptom.call': 'Llamar al {number}',
    'symptom.mistake': '¿Se equivocó de respuesta? Vuelva atrás',
    'symptom.today': 'Consulte a un médico hoy mismo',
    'symptom.days': 'Consulte a un médico en los próximos días',
    'symptom.before-booking': 'Consulte con su médico, fisioterapeuta o matrona antes de reservar un masaje',
    'symptom.massage-ok': 'Es probable que el masaje le ayude',
    'symptom.suggest': 'Nuestra sugerencia: {technique}, {minutes}: {why}',
    'symptom.safety': 'Llame al {number} o vaya de inmediato al servicio de urgencias si le ocurre algo de esto:',
    'symptom.stretches': 'Estiramientos para hacer en casa',
    'symptom.show': 'Cómo hacerlo',
    'symptom.expect': 'Qué esperar de su sesión',
    'symptom.insurance':
      'Si un médico le trata la espalda, pregúntele por una orden médica para masaje: algunos seguros médicos pagan el masaje si usted la tiene. Podemos consultar por usted qué cubre su seguro.',
    'symptom.book': 'Reservar esta sesión: {minutes}, {technique}',
    'symptom.duration.days': { one: '{n} día', many: '{n} días', other: '{n} días' },
    'symptom.duration.weeks': { one: '{n} semana', many: '{n} semanas', other: '{n} semanas' },
    'symptom.duration.months': { one: '{n} mes', many: '{n} meses', other: '{n} meses' },
    'symptom.duration.years': { one: '{n} año', many: '{n} años', other: '{n} años' },
    'symptom.answer.age': { one: '{n} año', many: '{n} años', other: '{n} años' },
    'symptom.answer.pregWeeks': { one: '{n} semana', many: '{n} semanas', other: '{n} semanas' },
    // Section names of the progress cue.
    'symptom.p.about': 'Sobre usted',
    'symptom.p.warning': 'Señales de alarma',
    'symptom.p.health': 'Su salud',
    'symptom.p.pain': 'Su dolor',
    // Screen headings.
    'symptom.s.ces': 'Desde que empezó su dolor de espalda, ¿ha tenido alguno de estos problemas?',
    'symptom.s.legs': 'Sus piernas',
    'symptom.s.body': '¿Tiene alguno de estos síntomas?',
    'symptom.s.back': 'Su espalda',
    'symptom.s.history': '¿Se encuentra en alguna de estas situaciones?',
    'symptom.s.pregnancy': 'Su embarazo',
    'symptom.s.duration': '¿Cuánto tiempo hace que tiene este dolor?',
    'symptom.s.now': 'Su dolor hoy',
    'symptom.s.ibp': '¿Describen estas frases su dolor de espalda?',
    'symptom.s.goAhead': 'Antes de reservar',
    // Questions (a yes-no item under a screen heading, and a reason on the result, is a noun phrase).
    'symptom.q.age': '¿Qué edad tiene?',
    'symptom.h.age': 'Se lo preguntamos primero porque de su edad dependen las preguntas que le haremos.',
    'symptom.u.age': 'años',
    'symptom.e.age': 'Escriba su edad, por ejemplo 42',
    'symptom.er.age': 'Escriba su edad en años cumplidos, del 1 al 120',
    'symptom.q.bladder':
      'Problemas nuevos para orinar: le cuesta empezar o controlarlo, se le escapa la orina, o no nota cuándo tiene la vejiga llena',
    'symptom.e.bladder': 'Indique si ha tenido problemas nuevos para orinar',
    'symptom.q.bowel':
      'Problemas nuevos con el intestino: se le escapan las heces, o no nota cuándo tiene ganas de defecar',
    'symptom.e.bowel': 'Indique si ha tenido problemas nuevos con el intestino',
    'symptom.q.saddle':
      'Entumecimiento u hormigueo alrededor de los genitales, el ano o la parte interna de los muslos, o menos sensibilidad al limpiarse',
    'symptom.e.saddle':
      'Indique si tiene entumecimiento u hormigueo alrededor de los genitales, el ano o la parte interna de los muslos',
    'symptom.q.sexual':
      'Un cambio nuevo en la función sexual: menos sensibilidad durante las relaciones sexuales, o problemas nuevos para tener una erección o para eyacular',
    'symptom.e.sexual': 'Indique si ha notado un cambio nuevo en la función sexual',
    'symptom.q.legs': '¿El dolor se extiende a las piernas?',
    'symptom.o.legs': [
      'No',
      'Sí, a una pierna, por encima de la rodilla',
      'Sí, a una pierna, por debajo de la rodilla',
      'Sí, a las dos piernas',
    ],
    'symptom.e.legs': 'Indique si el dolor se extiende a las piernas',
    'symptom.q.numb': '¿Tiene entumecimiento u hormigueo en las nalgas o en las piernas?',
    'symptom.o.numb': ['No', 'Sí, en un lado', 'Sí, en las dos piernas', 'Sí, y se está extendiendo o empeorando'],
    'symptom.e.numb': 'Indique si tiene entumecimiento u hormigueo en las nalgas o en las piernas',
    'symptom.q.weak': '¿Siente débiles las piernas?',
    'symptom.h.weak': 'Por ejemplo, la punta del pie se le engancha al caminar o no puede ponerse de puntillas.',
    'symptom.o.weak': ['No', 'Sí, una pierna', 'Sí, las dos piernas', 'Sí, y está empeorando'],
    'symptom.e.weak': 'Indique si siente débiles las piernas',
    'symptom.q.onset': '¿Cómo empezó el dolor?',
    'symptom.o.onset': [
      'Al levantar peso',
      'Al girar el cuerpo o agacharse',
      'Poco a poco, por pasar mucho tiempo en posición sentada o de pie',
      'Al hacer ejercicio o deporte',
      'Con un estornudo o al toser',
      'Con una caída estando de pie o desde menos altura',
      'Con un accidente grave, como un choque de vehículos o una caída desde una altura',
      'Sin una causa clara',
    ],
    'symptom.e.onset': 'Indique cómo empezó el dolor',
    'symptom.q.chest': 'Dolor en el pecho, falta de aire o tos con sangre',
    'symptom.e.chest': 'Indique si tiene dolor en el pecho, falta de aire o tos con sangre',
    'symptom.q.calf': 'Hinchazón, calor o enrojecimiento en la pantorrilla o el muslo de un solo lado',
    'symptom.e.calf': 'Indique si tiene hinchazón, calor o enrojecimiento en la pantorrilla o el muslo',
    'symptom.q.fever': 'Fiebre (temperatura alta) o sensación de calor con escalofríos',
    'symptom.e.fever': 'Indique si tiene fiebre o sensación de calor con escalofríos',
    'symptom.q.weightLoss': 'Pérdida de peso sin intentarlo',
    'symptom.e.weightLoss': 'Indique si está perdiendo peso sin intentarlo',
    'symptom.q.where': '¿Dónde le duele más?',
    'symptom.o.where': [
      'En la parte baja de la espalda',
      'En la parte alta de la espalda, entre los omóplatos',
      'En las dos',
    ],
    'symptom.e.where': 'Indique dónde le duele más',
    'symptom.q.night': 'Dolor que no se alivia con el reposo, o que es mucho peor por la noche',
    'symptom.e.night': 'Indique si el reposo no le alivia el dolor, o si es mucho peor por la noche',
    'symptom.q.cough': 'Dolor que empeora al toser, estornudar o hacer fuerza',
    'symptom.e.cough': 'Indique si el dolor empeora al toser, estornudar o hacer fuerza',
    'symptom.q.lump': 'Un bulto, una hinchazón o un cambio de forma en la espalda',
    'symptom.e.lump': 'Indique si tiene un bulto, una hinchazón o un cambio de forma en la espalda',
    'symptom.q.skin': 'Una herida, una erupción o una infección en la piel de la espalda',
    'symptom.e.skin': 'Indique si tiene una herida, una erupción o una infección en la piel de la espalda',
    'symptom.q.cancer': 'Cáncer, ahora o en el pasado',
    'symptom.e.cancer': 'Indique si tiene o ha tenido cáncer',
    'symptom.q.bones':
      'Osteoporosis, un hueso roto hace poco, o tomar corticoides (esteroides) en pastillas durante 3 meses o más',
    'symptom.e.bones': 'Indique si tiene osteoporosis, un hueso roto hace poco o si toma corticoides en pastillas',
    'symptom.q.immune':
      'Defensas bajas (un sistema inmunitario débil), inyectarse drogas o una infección bacteriana reciente',
    'symptom.e.immune':
      'Indique si tiene las defensas bajas, si se inyecta drogas o si ha tenido hace poco una infección bacteriana',
    'symptom.q.thinners': 'Medicamentos para diluir la sangre (anticoagulantes) o un trastorno de la coagulación',
    'symptom.e.thinners': 'Indique si toma medicamentos para diluir la sangre o tiene un trastorno de la coagulación',
    'symptom.q.surgery': 'Una operación en los últimos 3 meses',
    'symptom.e.surgery': 'Indique si le han operado en los últimos 3 meses',
    'symptom.q.pregnant': 'Está embarazada',
    'symptom.e.pregnant': 'Indique si está embarazada',
    'symptom.q.pregWeeks': '¿De cuántas semanas está embarazada?',
    'symptom.u.pregWeeks': 'semanas',
    'symptom.e.pregWeeks': 'Escriba de cuántas semanas está embarazada, por ejemplo 20',
    'symptom.er.pregWeeks': 'Escriba las semanas de embarazo con un número entero del 1 al 45',
    'symptom.q.obstetric':
      '¿Tiene algún sangrado, un dolor de barriga fuerte y constante, o contracciones regulares (la barriga se le pone dura cada cierto tiempo)?',
    'symptom.e.obstetric':
      'Indique si tiene algún sangrado, un dolor de barriga fuerte y constante, o contracciones regulares',
    'symptom.q.durationAmount': 'Cuánto tiempo',
    'symptom.h.durationAmount': '¿Menos de un día? Escriba 0 días.',
    'symptom.e.durationAmount': 'Escriba cuánto tiempo hace que tiene este dolor, por ejemplo 3',
    'symptom.er.durationAmount': 'Escriba cuánto tiempo con un número entero del 0 al 999',
    'symptom.q.durationUnit': '¿Días, semanas, meses o años?',
    'symptom.o.durationUnit': ['Días', 'Semanas', 'Meses', 'Años'],
    'symptom.e.durationUnit': 'Elija días, semanas, meses o años',
    'symptom.q.first': '¿Es la primera vez que tiene dolor de espalda?',
    'symptom.e.first': 'Indique si es la primera vez que tiene dolor de espalda',
    'symptom.q.pain': '¿Cuánto le duele hoy, del 0 al 10?',
    'symptom.h.pain': '0 es nada de dolor; 10, el peor dolor que pueda imaginar.',
    'symptom.e.pain': 'Indique cuánto le duele hoy, del 0 al 10',
    'symptom.q.improving': '¿Está mejorando el dolor?',
    'symptom.o.improving': ['Sí, está mejorando', 'Está más o menos igual', 'No, está empeorando'],
    'symptom.e.improving': 'Indique si el dolor está mejorando',
    'symptom.q.ibpNight': 'Me despierta en la segunda mitad de la noche',
    'symptom.e.ibpNight': 'Indique si le despierta en la segunda mitad de la noche',
    'symptom.q.ibpButtock': 'También me duelen las nalgas',
    'symptom.e.ibpButtock': 'Indique si también le duelen las nalgas',
    'symptom.q.ibpMoving': 'Mejora cuando me muevo',
    'symptom.e.ibpMoving': 'Indique si mejora cuando se mueve',
    'symptom.q.ibpNsaid': 'El ibuprofeno u otro medicamento parecido me alivia en 2 días como máximo',
    'symptom.e.ibpNsaid': 'Indique si el ibuprofeno u otro medicamento parecido le alivia en 2 días como máximo',
    'symptom.q.ibpFamily': 'Un familiar cercano tiene espondiloartritis',
    'symptom.e.ibpFamily': 'Indique si un familiar cercano tiene espondiloartritis',
    'symptom.q.ibpPsoriasis': 'Psoriasis, ahora o en el pasado',
    'symptom.e.ibpPsoriasis': 'Indique si tiene o ha tenido psoriasis',
    'symptom.q.ibpArthritis': 'Articulaciones hinchadas y dolorosas, ahora o en el pasado',
    'symptom.e.ibpArthritis': 'Indique si tiene o ha tenido articulaciones hinchadas y dolorosas',
    'symptom.q.ibpHeel': 'Dolor donde un tendón se une al hueso, por ejemplo en el talón',
    'symptom.e.ibpHeel': 'Indique si tiene dolor donde un tendón se une al hueso',
    'symptom.q.assessed': '¿Le ha examinado un médico o un fisioterapeuta por este problema de espalda?',
    'symptom.e.assessed': 'Indique si un médico o un fisioterapeuta le ha examinado por este problema de espalda',
    'symptom.q.okBones':
      '¿Le ha dicho su médico que el masaje es seguro con su osteoporosis, su fractura o los corticoides en pastillas?',
    'symptom.e.okBones': 'Indique si su médico le ha dicho que el masaje es seguro para sus huesos',
    'symptom.q.okThinners':
      '¿Le ha dicho su médico que el masaje es seguro con sus medicamentos para diluir la sangre o su trastorno de la coagulación?',
    'symptom.e.okThinners':
      'Indique si su médico le ha dicho que el masaje es seguro con sus medicamentos para diluir la sangre o su trastorno de la coagulación',
    'symptom.q.okPregnancy': '¿Le ha dicho su matrona o su médico que el masaje es seguro en este embarazo?',
    'symptom.e.okPregnancy': 'Indique si su matrona o su médico le ha dicho que el masaje es seguro en este embarazo',
    'symptom.q.okSurgery': '¿Le ha dicho su cirujano que el masaje es seguro después de su operación?',
    'symptom.e.okSurgery': 'Indique si su cirujano le ha dicho que el masaje es seguro después de su operación',
    // Reasons.
    'symptom.r.E-CES-BLADDER': 'Problemas nuevos para orinar o para controlar la vejiga',
    'symptom.r.E-CES-BOWEL': 'Problemas nuevos con el intestino',
    'symptom.r.E-CES-SADDLE':
      'Entumecimiento u hormigueo alrededor de los genitales, el ano o la parte interna de los muslos',
    'symptom.r.E-CES-SEXUAL': 'Un cambio nuevo en la función sexual',
    'symptom.r.E-BILATERAL-LEG': 'Dolor, entumecimiento o debilidad en las dos piernas',
    'symptom.r.E-PROGRESSIVE-DEFICIT': 'Entumecimiento o debilidad en una pierna que va empeorando',
    'symptom.r.E-MAJOR-TRAUMA': 'Dolor que empezó con un accidente grave',
    'symptom.r.E-CHEST-PAIN': 'Dolor en el pecho, falta de aire o tos con sangre',
    'symptom.r.E-MSCC':
      'Cáncer junto con síntomas nuevos en las piernas, la vejiga o el intestino, o un dolor que empeora',
    'symptom.r.E-PE': 'Hinchazón en la pantorrilla o el muslo junto con dolor en el pecho o falta de aire',
    'symptom.r.E-OBSTETRIC': 'Sangrado, dolor fuerte de barriga o contracciones durante el embarazo',
    'symptom.r.D-THORACIC': 'Dolor en la parte alta de la espalda',
    'symptom.r.D-FRAGILITY-FRACTURE': 'Dolor repentino cuando sus huesos pueden estar frágiles',
    'symptom.r.D-AGE-NEW-ONSET': 'Dolor de espalda por primera vez a su edad, sin una causa clara',
    'symptom.r.D-INFLAMMATORY': 'Signos de inflamación en la columna',
    'symptom.r.D-UNDER-16': 'Tener menos de 16 años',
    'symptom.r.D-NOT-IMPROVING': 'Dolor que no mejora',
    'symptom.r.D-SEVERE-PAIN': 'Dolor intenso',
    'symptom.r.D-ONE-LEG-WEAKNESS': 'Debilidad en una pierna',
    'symptom.r.C-PREGNANCY': 'El embarazo',
    'symptom.r.C-CANCER': 'Cáncer: su equipo médico tiene que estar de acuerdo con el masaje',
    'symptom.r.C-FEVER': 'Fiebre: el masaje tiene que esperar hasta que se le haya pasado',
    // What to do now.
    'symptom.a.emergency': 'Llame al {number} ahora o vaya al servicio de urgencias.',
    'symptom.a.maternity': 'Llame al {number} ahora, o llame de inmediato al servicio de maternidad de su hospital.',
    'symptom.a.noDrive': 'No conduzca usted.',
    'symptom.a.noWait': 'No espere a ver si mejora.',
    'symptom.a.careToday':
      'Llame hoy a su médico para pedir una cita para hoy mismo, o vaya a un centro de atención urgente.',
    'symptom.a.careDays': 'Pida una cita con su médico para los próximos días.',
    'symptom.a.careBefore': 'Consulte a su médico o fisioterapeuta sobre su espalda antes de reservar un masaje.',
    'symptom.a.askMidwife': 'Pregunte a su matrona o a su médico si el masaje es seguro durante su embarazo.',
    'symptom.a.askSurgeon': 'Pregunte a su cirujano si el masaje es seguro después de su operación.',
    'symptom.a.askThinners':
      'Pregunte al médico que le receta los medicamentos para diluir la sangre, o que trata su trastorno de la coagulación, si el masaje es seguro.',
    'symptom.a.askBones': 'Pregunte a su médico si el masaje es seguro para sus huesos.',
    'symptom.a.noMassage': 'Por favor, no reserve un masaje hasta que le hayan examinado.',
    'symptom.a.keepActive':
      'Mientras tanto, siga moviéndose con suavidad todo lo que pueda: el reposo en cama empeora el dolor de espalda.',
    'symptom.a.active': 'Siga moviéndose: caminar ayuda más que el reposo en cama.',
    'symptom.a.exercise': 'El masaje funciona mejor con ejercicio: haga estiramientos a diario y siga caminando.',
    'symptom.a.heatNumb': 'Nunca se ponga calor sobre la piel entumecida: puede que no note una quemadura.',
    'symptom.a.settle': 'La mayoría de los dolores de espalda y de las ciáticas se alivian en 4 a 6 semanas.',
    'symptom.a.stop': 'Pare cualquier estiramiento que haga que el dolor se extienda o empeore.',
    'symptom.a.surgeryExercise': 'Sobre el ejercicio, los consejos de su cirujano son lo primero.',
    'symptom.a.scar': 'Dígale a su terapeuta dónde le operaron: nada de masaje sobre la cicatriz ni cerca de ella.',
    'symptom.a.pregnancy': 'Dígale a su terapeuta que está embarazada: se acostará de lado.',
    'symptom.a.gentle': 'Pida solo una presión suave.',
    // The safety net.
    'symptom.n.bladder': 'Problemas nuevos para orinar o para controlar la vejiga',
    'symptom.n.bowel': 'Problemas nuevos con el intestino',
    'symptom.n.saddle':
      'Entumecimiento u hormigueo alrededor de los genitales, el ano o la parte interna de los muslos',
    'symptom.n.sexual': 'Un cambio nuevo en la función sexual',
    'symptom.n.legs': 'Dolor, entumecimiento o debilidad en las dos piernas',
    'symptom.n.worse': 'Entumecimiento o debilidad en una pierna que va empeorando',
    'symptom.n.chest': 'Dolor en el pecho, falta de aire o tos con sangre',
    'symptom.n.calf': 'Hinchazón en la pantorrilla o el muslo junto con falta de aire o dolor en el pecho',
    'symptom.n.accident': 'Un accidente grave o una caída desde una altura',
    'symptom.n.pregnancy':
      'Sangrado, dolor fuerte de barriga o contracciones: llame al {number}, o al servicio de maternidad de su hospital',
    // What to expect in a session.
    'symptom.w.talk': 'Su primera visita empieza con una breve conversación sobre su espalda y su salud.',
    'symptom.w.posture': 'Su terapeuta observa cómo está de pie y cómo se mueve.',
    'symptom.w.lying': 'Se acuesta boca abajo o boca arriba en una camilla acolchada, o de lado si está embarazada.',
    'symptom.w.pressure': 'La presión debe sentirse firme, pero nunca insoportable.',
    'symptom.w.tell': 'Avise enseguida a su terapeuta si algo le duele o le parece que no va bien.',
    // Techniques.
    'symptom.t.swedish': 'masaje sueco suave',
    'symptom.t.myofascial': 'liberación miofascial (presión lenta y constante)',
    'symptom.t.deep-tissue': 'masaje de tejido profundo',
    'symptom.t.nerve-friendly': 'masaje suave para la ciática, que cuida el nervio',
    // Why this session length.
    'symptom.m.time': 'en los estudios, una hora resultó útil.',
    'symptom.m.leg': 'tiempo extra para tratar también la pierna.',
    'symptom.m.near': 'la duración más cercana que ofrece esta clínica.',
    // The level, visually hidden before a result heading.
    'symptom.l.emergency': 'Emergencia:',
    'symptom.l.today': 'Urgente:',
    'symptom.l.days': 'Pronto:',
    'symptom.l.before-booking': 'No urgente:',
    'symptom.l.massage-ok': 'Resultado:',
    // The stretches' short names.
    'symptom.st.knee-to-chest': 'Rodilla al pecho',
    'symptom.st.lower-trunk-rotation': 'Giro de rodillas',
    'symptom.st.pelvic-tilt': 'Inclinación pélvica',
    'symptom.st.child-pose': 'Nalgas a los talones',
    'symptom.st.cat-cow': 'Gato–vaca',
    'symptom.st.prone-press-up': 'Elevación sobre los codos',
    'symptom.st.hamstring': 'Estiramiento de isquiotibiales con una toalla',
    'symptom.st.hip-flexor': 'Estiramiento de los flexores de la cadera, de rodillas',
    'symptom.st.figure-four': 'Estiramiento de nalga en forma de 4',
    'symptom.st.sciatic-nerve-glide': 'Deslizamiento del nervio ciático',
  },
  regions: {
    // Spain: "urgencias" (the emergency department), the hospital's "urgencias de maternidad", and the
    // "centro de salud", where people ask for an appointment with their family doctor.
    'es-ES': {
      'symptom.emergency': 'Llame al {number} ahora o vaya a urgencias',
      'symptom.maternity': 'Llame al {number} ahora, o llame de inmediato a urgencias de maternidad de su hospital',
      'symptom.safety': 'Llame al {number} o vaya de inmediato a urgencias si le ocurre algo de esto:',
      'symptom.a.emergency': 'Llame al {number} ahora o vaya a urgencias.',
      'symptom.a.maternity': 'Llame al {number} ahora, o llame de inmediato a urgencias de maternidad de su hospital.',
      'symptom.a.careToday':
        'Llame hoy a su centro de salud para pedir una cita urgente para hoy mismo, o vaya a un servicio de urgencias de atención primaria.',
      'symptom.a.careDays': 'Pida cita con su médico de familia en su centro de salud para los próximos días.',
      'symptom.n.pregnancy':
        'Sangrado, dolor fuerte de barriga o contracciones: llame al {number}, o a urgencias de maternidad de su hospital',
    },
    // Mexico: "manejar" (to drive) and "partera" (midwife).
    'es-MX': {
      'symptom.a.noDrive': 'No maneje usted.',
      'symptom.before-booking': 'Consulte con su médico, fisioterapeuta o partera antes de reservar un masaje',
      'symptom.a.askMidwife': 'Pregunte a su partera o a su médico si el masaje es seguro durante su embarazo.',
      'symptom.q.okPregnancy': '¿Le ha dicho su partera o su médico que el masaje es seguro en este embarazo?',
      'symptom.e.okPregnancy': 'Indique si su partera o su médico le ha dicho que el masaje es seguro en este embarazo',
    },
    // The United States: "manejar", "partera", and the Spanish names US hospitals use for the emergency
    // room ("sala de emergencias") and labor and delivery ("labor y parto").
    'es-US': {
      'symptom.a.noDrive': 'No maneje usted.',
      'symptom.emergency': 'Llame al {number} ahora o vaya a la sala de emergencias',
      'symptom.maternity': 'Llame al {number} ahora, o llame de inmediato a la unidad de labor y parto de su hospital',
      'symptom.safety': 'Llame al {number} o vaya de inmediato a la sala de emergencias si le ocurre algo de esto:',
      'symptom.a.emergency': 'Llame al {number} ahora o vaya a la sala de emergencias.',
      'symptom.a.maternity':
        'Llame al {number} ahora, o llame de inmediato a la unidad de labor y parto de su hospital.',
      'symptom.n.pregnancy':
        'Sangrado, dolor fuerte de barriga o contracciones: llame al {number}, o a la unidad de labor y parto de su hospital',
      'symptom.before-booking': 'Consulte con su médico, fisioterapeuta o partera antes de reservar un masaje',
      'symptom.a.askMidwife': 'Pregunte a su partera o a su médico si el masaje es seguro durante su embarazo.',
      'symptom.q.okPregnancy': '¿Le ha dicho su partera o su médico que el masaje es seguro en este embarazo?',
      'symptom.e.okPregnancy': 'Indique si su partera o su médico le ha dicho que el masaje es seguro en este embarazo',
    },
  },
} satisfies LanguagePack;
