/**
 * The site's Spanish words (neutral US Latin American Spanish, polite "usted"), key for key the
 * English dictionary's (en.ts): a missing key fails the typecheck.
 */
import type { Weekday } from '@mbc/shared';
import { formatDate, formatTime, type OpeningHoursText } from '../lib/format';
import type { Dictionary } from './index';

const INTL = 'es-US';
const count = (value: number) => value.toLocaleString(INTL);
const plural = (value: number, one: string, other: string) => (value === 1 ? one : other);
const listFormatter = new Intl.ListFormat(INTL, { style: 'long', type: 'conjunction' });

const WEEKDAY_NAMES: Record<Weekday, string> = {
  Monday: 'lunes',
  Tuesday: 'martes',
  Wednesday: 'miércoles',
  Thursday: 'jueves',
  Friday: 'viernes',
  Saturday: 'sábado',
  Sunday: 'domingo',
};

const hours: OpeningHoursText = {
  weekdays: WEEKDAY_NAMES,
  twoDays: (first, last) => `${first} y ${last}`,
  dayRange: (first, last) => `De ${first} a ${last}`,
  timeRange: (opens, closes) => `De ${opens} a ${closes}`,
  closed: 'Cerrado',
  clock: { am: 'a. m.', pm: 'p. m.', noon: 'mediodía', midnight: 'medianoche' },
};

export const es: Dictionary = {
  htmlLang: 'es-US',
  ogLocale: 'es_US',

  // ------------------------------------------------------------ numbers, dates, lists, hours
  formatDate: (isoDate) => formatDate(isoDate, INTL),
  formatCount: count,
  formatList: (items) => listFormatter.format(items),
  formatTime: (time) => formatTime(time, hours.clock),
  hours: {
    ...hours,
    days: 'Días',
    hours: 'Horario',
    to: 'a',
  },
  miles: (figure, one) => `${figure} ${one ? 'milla' : 'millas'}`,
  lessThanATenthOfAMile: 'menos de 0.1 millas',

  // ------------------------------------------------------------ every page's frame
  skipLink: 'Saltar al contenido principal',
  header: {
    program: 'Programa de Cáncer de Mama Metastásico',
    appointments: 'Citas:',
    requestAppointment: 'Pedir una cita',
  },
  languageNames: {
    English: 'inglés',
    Spanish: 'español',
    Mandarin: 'mandarín',
    Cantonese: 'cantonés',
    Vietnamese: 'vietnamita',
    Korean: 'coreano',
    Arabic: 'árabe',
    Hindi: 'hindi',
    Gujarati: 'guyaratí',
    Urdu: 'urdu',
    French: 'francés',
    Portuguese: 'portugués',
    Russian: 'ruso',
    German: 'alemán',
    Tagalog: 'tagalo',
    Amharic: 'amárico',
    Swahili: 'suajili',
    Hebrew: 'hebreo',
    Italian: 'italiano',
    Japanese: 'japonés',
  },
  languages: {
    label: 'Idioma',
    onlyIn: (language: string) => `Esta página solo está disponible en ${language}.`,
    names: { en: 'inglés', es: 'español' },
    linkIn: (language: string) => `(en ${language})`,
  },
  nav: {
    label: 'Principal',
    overview: 'Información general',
    diagnosis: 'Diagnóstico',
    subtypes: 'Subtipos',
    treatments: 'Tratamientos',
    clinicalTrials: 'Ensayos clínicos',
    doctors: 'Médicos',
    locations: 'Centros',
    support: 'Apoyo',
    secondOpinions: 'Segundas opiniones',
    search: 'Buscar',
    footerLabel: 'Pie de página',
    requestAppointment: 'Pedir una cita',
    searchThisSite: 'Buscar en este sitio',
  },
  footer: {
    appointments: 'Citas:',
  },
  breadcrumbs: { label: 'Ruta de navegación', home: 'Inicio' },
  emergency: 'En caso de emergencia:',
  demoNotice: {
    label: 'Sitio de demostración.',
    fallback:
      'Este es un sitio web de demostración. El centro, sus médicos, sus clínicas y sus ensayos clínicos son ficticios. Nada de lo que se dice aquí es consejo médico.',
  },
  onThisPage: 'En esta página',
  pageTitle: (name, organizationName) => `${name} | ${organizationName}`,
  review: {
    reviewedOn: 'Revisado por un médico el',
    by: 'por',
    nextReviewDue: 'Próxima revisión prevista el',
  },

  // ------------------------------------------------------------ the CMS's enumerations
  labels: {
    treatmentCategory: {
      endocrine: 'Terapia hormonal (endocrina)',
      her2_targeted: 'Terapia dirigida a HER2',
      chemotherapy: 'Quimioterapia',
      immunotherapy: 'Inmunoterapia',
      targeted_other: 'Otras terapias dirigidas',
      surgery: 'Cirugía',
      radiation: 'Radioterapia',
      supportive: 'Cuidados de apoyo',
    },
    howGiven: {
      pill: 'Por la boca (pastilla)',
      iv: 'Por la vena (intravenosa)',
      injection: 'Con una inyección',
      procedure: 'Con un procedimiento',
      several: 'De más de una forma',
    },
    trialPhase: {
      early_phase_1: 'Fase 1 temprana',
      phase_1: 'Fase 1',
      phase_1_2: 'Fase 1/2',
      phase_2: 'Fase 2',
      phase_2_3: 'Fase 2/3',
      phase_3: 'Fase 3',
      phase_4: 'Fase 4',
    },
    trialStatus: {
      not_yet_recruiting: 'Aún no acepta participantes',
      recruiting: 'Acepta participantes',
      enrolling_by_invitation: 'Inscripción por invitación',
      active_not_recruiting: 'Activo, no acepta participantes',
      suspended: 'Suspendido',
      completed: 'Terminado',
      terminated: 'Detenido antes de tiempo',
      withdrawn: 'Retirado',
    },
    trialStatusDescription: {
      not_yet_recruiting: 'Este estudio pronto empezará a buscar participantes.',
      recruiting: 'Este estudio busca participantes ahora.',
      enrolling_by_invitation: 'Este estudio solo acepta a personas invitadas por el equipo del estudio.',
      active_not_recruiting: 'Este estudio sigue en curso, pero no acepta participantes nuevos.',
      suspended: 'Este estudio está en pausa y no acepta participantes nuevos.',
      completed: 'Este estudio ya terminó.',
      terminated: 'Este estudio se detuvo antes de tiempo.',
      withdrawn: 'Este estudio se detuvo antes de que alguien se inscribiera.',
    },
    diagnosticTestCategory: {
      imaging: 'Pruebas de imagen',
      biopsy: 'Biopsia',
      lab: 'Análisis de laboratorio',
      genomic: 'Pruebas genómicas',
    },
    supportServiceCategory: {
      support_group: 'Grupos de apoyo',
      family_therapy: 'Terapia familiar',
      palliative_care: 'Cuidados paliativos',
      financial_counseling: 'Asesoría financiera',
      nutrition: 'Nutrición',
      social_work: 'Trabajo social',
      integrative_therapies: 'Terapias integrativas',
      genetic_counseling: 'Asesoría genética',
      counseling: 'Asesoría y salud mental',
      spiritual_care: 'Atención espiritual',
      hospice: 'Cuidados al final de la vida (hospicio)',
    },
    educationKind: {
      medical_school: 'Facultad de medicina',
      residency: 'Residencia',
      fellowship: 'Subespecialidad (fellowship)',
      graduate_school: 'Posgrado',
      internship: 'Internado',
    },
    receptorStatus: {
      positive: 'Positivo',
      negative: 'Negativo',
      either: 'Positivo o negativo',
    },
    her2Status: {
      positive: 'Positivo',
      negative: 'Negativo',
      either: 'Cualquier nivel',
    },
  },
  acceptingNewPatients: (accepting) => (accepting ? 'Acepta pacientes nuevos' : 'No acepta pacientes nuevos'),

  // ------------------------------------------------------------ components
  physicianCard: {
    specialty: 'Especialidad',
    locations: (locations) => plural(locations, 'Centro', 'Centros'),
  },
  physicianList: {
    showing: (shown, total) => `Se muestran ${count(shown)} de ${count(total)} médicos.`,
  },
  locationCard: {
    phone: 'Teléfono:',
    directions: 'Cómo llegar',
    directionsTo: (name) => ` a ${name}`,
    opensAMap: ' (abre un mapa)',
    seeDoctors: (doctors) => (doctors === 1 ? 'Ver al médico' : `Ver a los ${doctors} médicos`),
    whoWorkHere: ' que trabajan aquí',
    atLocation: (name) => `, en ${name}`,
    noDoctors: 'Todavía no hay médicos en la lista de este centro.',
    away: (distance) => `a ${distance}`,
  },
  treatmentList: { usedFor: 'Se usa para:' },
  trialList: { for: 'Para:' },
  alphabetJump: {
    label: 'Apellidos, de la A a la Z',
    startingWith: 'Apellidos que empiezan con ',
    noneStartWith: 'Ningún apellido empieza con ',
  },
  directoryPages: {
    label: 'Páginas de la lista de médicos',
    previous: 'Anterior',
    next: 'Siguiente',
    pageAfter: ' página',
    pageBefore: 'Página ',
  },
  directory: {
    title: (page, pageCount) => (page <= 1 ? 'Encontrar un médico' : `Encontrar un médico, página ${page} de ${pageCount}`),
    range: (first, last, total, firstName, lastName) => {
      if (total === 0) return 'No hay médicos en la lista.';
      const range = first === last ? `Médico ${count(first)}` : `Médicos ${count(first)} a ${count(last)}`;
      const names = firstName === lastName ? firstName : `${firstName} a ${lastName}`;
      return `${range} de ${count(total)}, por apellido: ${names}.`;
    },
  },
  nearYou: {
    hint: (sorts) =>
      `Vea primero ${sorts === 'doctors' ? 'los médicos' : 'los centros'} más cercanos: comparta su ubicación o escriba un código postal.`,
    useMyLocation: 'Usar mi ubicación actual',
    or: 'o',
    zipCode: 'Código postal (ZIP)',
    sortByDistance: 'Ordenar por distancia',
    radius: 'Cerca quiere decir a menos de',
    radiusChoice: (miles) => `${miles} millas`,
    stopSorting: 'Dejar de ordenar por distancia',
    finding: 'Buscando su ubicación…',
    sortedFrom: (place) => `Ordenado por distancia desde ${place}.`,
    zip: (zip) => `el código postal ${zip}`,
    yourLocation: 'su ubicación',
    zipListFailed: 'No se pudo cargar la lista de códigos postales. Revise su conexión y vuelva a intentarlo, o use su ubicación actual.',
    noGeolocation: 'Este navegador no puede compartir su ubicación. Escriba su código postal.',
    geolocationDenied: 'Usted no permitió que este sitio use su ubicación, así que no podemos ordenar por distancia. Escriba su código postal.',
    geolocationTimeout: 'Encontrar su ubicación tardó demasiado. Escriba su código postal.',
    geolocationFailed: 'Su dispositivo no pudo darnos su ubicación. Escriba su código postal.',
    zipEmpty: 'Escriba un código postal, por ejemplo 27705.',
    zipFormat: 'Un código postal tiene 5 dígitos, por ejemplo 27705. Revíselo y vuelva a intentarlo.',
    zipUnknown: (zip, radiusMiles) =>
      `No encontramos el código postal ${zip} cerca de nuestras clínicas. Conocemos los códigos postales a menos de ${radiusMiles} millas de ellas. ` +
      'Revise el número o use su ubicación actual.',
  },
  finder: {
    nearHeading: 'Médicos cerca de usted',
    filtersHeading: 'Filtrar médicos',
    name: 'Nombre del médico',
    subtype: 'Subtipo en el que se enfoca',
    anySubtype: 'Cualquier subtipo',
    specialty: 'Especialidad',
    anySpecialty: 'Cualquier especialidad',
    location: 'Centro',
    anyLocation: 'Cualquier centro',
    language: 'Idioma que habla',
    anyLanguage: 'Cualquier idioma',
    onlyShow: 'Mostrar solo médicos que',
    accepting: 'Aceptan pacientes nuevos',
    telehealth: 'Ofrecen consultas por video (telesalud)',
    secondOpinions: 'Dan segundas opiniones',
    clearAll: 'Quitar todos los filtros',
    noScript: (total, pageSize) =>
      `Para filtrar y ordenar por distancia se necesita JavaScript, que está desactivado en su navegador. Los ${count(total)} médicos ` +
      `aparecen por apellido, ${pageSize} por página: use las letras o los números de página para encontrar a los demás.`,
    locatedNearYou: 'Cerca de usted',
    byFamilyName: 'Médicos, por apellido',
    noMatches: 'Ningún médico cumple con todos estos filtros. Quite uno o quítelos todos.',
    loadMore: 'Ver más',
    viewAll: 'Ver todos',
    option: (label, doctors) => `${label} (${doctors})`,
    checkCount: (doctors) => `(${doctors})`,
    showing: (shown, total) =>
      total === 0 ? 'Ningún médico cumple con estos filtros.' : `Se muestran ${count(shown)} de ${count(total)} ${plural(total, 'médico', 'médicos')}`,
    nearestFirst: (showing, nearCount, radiusMiles, place) =>
      `${showing}, los más cercanos primero. ${count(nearCount)} a menos de ${radiusMiles} millas de ${place}.`,
    nearGroup: (radiusMiles, place) => `Cerca de usted: a menos de ${radiusMiles} millas de ${place}`,
    fartherAway: 'Más lejos',
    nearestTo: (place) => `Los más cercanos a ${place}`,
    loadMoreCount: (next) => `Ver ${next} más`,
    viewAllCount: (total) => `Ver los ${count(total)}`,
    distanceTo: (distance, location) => `${distance} · ${location}`,
  },
  locationFinder: {
    nearHeading: 'Encuentre el centro más cercano',
    alphabetical: (locations) => `${locations} centros, en orden alfabético.`,
    nearestFirst: (locations, place, nearest, distance) =>
      `${locations} centros, los más cercanos primero desde ${place}. El más cercano: ${nearest}, a ${distance}.`,
  },
  search: {
    label: 'Buscar en este sitio',
    hint: 'Por ejemplo, un tratamiento, una prueba, el nombre de un médico o una ciudad.',
    button: 'Buscar',
    showMore: 'Ver más resultados',
    noScript:
      'Para buscar hace falta JavaScript, y su navegador no lo tiene activo. Puede llegar a todo el sitio desde estas páginas:',
    results: (results, term) => {
      const quoted = `“${term.trim()}”`;
      if (results === 0) return `No hay resultados para ${quoted}. Revise la ortografía o pruebe con menos palabras o con otras.`;
      return `${count(results)} ${plural(results, 'resultado', 'resultados')} para ${quoted}`;
    },
    physicianSpecialty: (specialty) => `Especialidad: ${specialty}.`,
    physicianFocus: (subtypes) => `Se enfoca en: ${subtypes}.`,
    physicianSeesPatientsAt: (locations) => `Atiende pacientes en ${locations}.`,
    physicianLocation: (name, city) => `${name} en ${city}`,
    physicianSpeaks: (languages) => `Habla ${languages}.`,
  },
  form: {
    options: {
      requestType: {
        new_diagnosis: 'Una primera cita después de un diagnóstico nuevo',
        second_opinion: 'Una segunda opinión sobre un diagnóstico o un plan de tratamiento',
        returning_patient: 'Una cita como paciente que regresa (atendido aquí en los últimos 3 años)',
        referring_physician: 'Soy médico y quiero referir a un paciente',
      },
      contactMethod: { phone: 'Teléfono', email: 'Correo electrónico' },
      contactTime: { any_time: 'A cualquier hora', morning: 'En la mañana (de 8 a. m. a mediodía)', afternoon: 'En la tarde (de mediodía a 5 p. m.)' },
    },
    heading: 'O envíenos una solicitud',
    intro:
      'Llene este formulario y un coordinador de atención se comunicará con usted en un día hábil para programar su visita. Todos los campos son obligatorios, salvo los que dicen opcional.',
    requestType: '¿Qué necesita?',
    fullName: 'Nombre completo',
    fullNameHint: 'Si pide la cita para otra persona o envía a un paciente, escriba su propio nombre y diga para quién es en el mensaje.',
    contactHint: 'Escriba un número de teléfono, un correo electrónico o ambos.',
    phone: 'Número de teléfono (opcional si da un correo electrónico)',
    phoneHint: (example) => `Un número de EE. UU. con código de área, por ejemplo ${example}.`,
    email: 'Correo electrónico (opcional si da un número de teléfono)',
    contactMethod: '¿Cómo prefiere que nos comuniquemos con usted?',
    contactTime: '¿Cuál es la mejor hora para llamarle?',
    contactTimeHint: 'De lunes a viernes, hora del Este.',
    location: 'Centro de preferencia (opcional)',
    noPreference: 'Sin preferencia',
    message: 'Mensaje (opcional)',
    messageHint:
      'En pocas palabras, ¿en qué le podemos ayudar? Por favor, no incluya su historia clínica: le preguntaremos lo necesario cuando le llamemos.',
    messageLimit: (max) => `Puede escribir hasta ${max} caracteres.`,
    charactersLeft: (left) => {
      const characters = (n: number) => `${n} ${plural(n, 'carácter', 'caracteres')}`;
      return left >= 0 ? `Le quedan ${characters(left)}` : `Tiene ${characters(-left)} de más`;
    },
    consent: 'Permiso para comunicarnos con usted',
    consentLabel: 'Acepto que el equipo de atención se comunique conmigo sobre esta solicitud por teléfono o correo electrónico.',
    privacy:
      'Solo los coordinadores de atención que programan las citas pueden ver lo que usted envía. Lo usamos solo para comunicarnos con usted sobre esta solicitud y lo borramos automáticamente cuando ya no se necesita.',
    spamTrap: 'Deje este campo vacío',
    send: 'Enviar solicitud',
    sending: 'Enviando su solicitud…',
    sendFailed: 'Lo sentimos, no pudimos enviar su solicitud. Vuelva a intentarlo o llámenos.',
    errorSummary: 'Hay un problema',
    errorPrefix: 'Error: ',
  },

  // ------------------------------------------------------------ schema.org JSON-LD
  jsonLd: {
    condition: 'Cáncer de mama metastásico',
    conditionAlternateNames: ['Cáncer de mama en estadio IV', 'Cáncer de mama avanzado'],
    breast: 'Mama',
    subtypeCondition: (subtype) => `Cáncer de mama metastásico ${subtype}`,
  },

  // ------------------------------------------------------------ pages
  pages: {
    notFound: {
      title: 'No encontramos la página',
      description: 'La página que busca no está en este sitio.',
      lead: 'No hallamos esa página. Tal vez se movió, o la dirección tiene un error.',
      mayHelp: 'Estas páginas le pueden servir:',
      overview: 'Información general sobre el cáncer de mama metastásico',
      callUs: 'O llámenos al ',
    },
    home: {
      trialsLink: (openTrials) =>
        openTrials === 0
          ? 'Vea nuestros ensayos clínicos'
          : `Vea ${plural(openTrials, 'el ensayo clínico abierto', `los ${openTrials} ensayos clínicos abiertos`)} a pacientes nuevos ahora`,
      whyChoose: (organizationName) => `Por qué elegir ${organizationName}`,
      goalsOfCare: 'Los objetivos de la atención',
      subtypes: 'Subtipos',
      treatments: 'Tratamientos',
      diagnosisLink: 'Qué pasa en cada prueba',
      moreSubtypes: 'Más sobre los subtipos',
      allTreatments: 'Ver todos los tratamientos',
      allSupport: 'Ver todos los servicios de apoyo',
      palliative: 'Cuidados paliativos y otros servicios de apoyo',
      meetDoctors: 'Conozca a nuestros médicos',
      findLocation: 'Encuentre un centro',
    },
    diagnosis: {
      title: 'Cómo se diagnostica el cáncer de mama metastásico',
      description:
        'Las pruebas que muestran a dónde se ha extendido el cáncer de mama y cómo es: pruebas de imagen, biopsia, pruebas de receptores y pruebas genómicas.',
      crumb: 'Diagnóstico',
      lead:
        'Para planear su atención, su equipo necesita saber dónde está el cáncer y qué tipo de cáncer de mama es. Es probable que le hagan varias de las pruebas de abajo. No todas las personas necesitan todas las pruebas.',
      afterTests: 'Después de sus pruebas',
      afterTestsText:
        'Los resultados muestran qué subtipo de cáncer de mama tiene usted. El subtipo es lo que más guía su tratamiento.',
      subtypesLink: 'Conozca los subtipos',
      treatmentsLink: 'Conozca los tratamientos',
      secondOpinionLink: 'Pida una segunda opinión sobre su diagnóstico',
    },
    subtypes: {
      title: 'Subtipos de cáncer de mama metastásico',
      description:
        'Los cánceres de mama se agrupan según los receptores hormonales y HER2. Conozca qué significa cada subtipo y cómo se suele tratar.',
      crumb: 'Subtipos',
      lead:
        'Los médicos agrupan los cánceres de mama según pruebas hechas en una muestra del cáncer. Las pruebas buscan receptores hormonales (RE para el estrógeno, RP para la progesterona) y una proteína llamada HER2. Su subtipo es lo que más guía el tratamiento. Puede cambiar con el tiempo, por eso su equipo puede analizar una muestra nueva si el cáncer crece.',
      testsLink: 'Cómo se hacen estas pruebas',
      estrogenReceptor: 'Receptor de estrógeno (RE)',
      progesteroneReceptor: 'Receptor de progesterona (RP)',
      her2: 'HER2',
    },
    subtype: {
      shortName: 'Nombre corto',
      treatmentsHeading: (shortName) => `Tratamientos para el cáncer ${shortName}`,
      noTreatments: 'Pregunte a su equipo de atención qué tratamientos son adecuados para usted.',
      allTreatments: 'Ver todos los tratamientos',
      trialsHeading: 'Ensayos clínicos abiertos',
      noTrials:
        'Ahora no tenemos ensayos para este subtipo que acepten pacientes nuevos. Se abren ensayos nuevos con frecuencia, así que pregunte a su equipo de atención.',
      allTrials: 'Ver todos los ensayos clínicos',
      doctorsHeading: (shortName) => `Médicos que se enfocan en el cáncer ${shortName}`,
      findDoctor: (name) => `Encuentre un médico para el cáncer de mama ${name}`,
      findDoctorAfter: ', cerca de usted o por idioma y especialidad.',
      requestAppointment: 'Pedir una cita',
    },
    treatments: {
      title: 'Tratamientos para el cáncer de mama metastásico',
      description:
        'Terapia hormonal, medicamentos dirigidos a HER2, quimioterapia, inmunoterapia, radioterapia y más: qué es cada tratamiento y para quién es.',
      crumb: 'Tratamientos',
      leadBefore:
        'La mayoría de los tratamientos para el cáncer de mama metastásico usan medicamentos que llegan a las células del cáncer en cualquier parte del cuerpo. Cuáles recibe usted depende sobre todo de su ',
      leadLink: 'subtipo',
      leadAfter: '. También depende de los tratamientos que ya recibió, los resultados de sus pruebas genéticas, su salud y lo que es importante para usted.',
    },
    treatment: {
      category: 'Tipo de tratamiento',
      howGiven: 'Cómo se administra',
      subtypes: 'Se usa para estos subtipos',
      sideEffects: 'Efectos secundarios',
      trialsHeading: 'Ensayos clínicos abiertos de este tratamiento',
      questions: '¿Tiene preguntas sobre si este tratamiento es adecuado para usted?',
      requestAppointment: 'Pida una cita',
      or: 'o',
      secondOpinion: 'pida una segunda opinión',
    },
    trials: {
      title: 'Ensayos clínicos',
      description:
        'Ensayos clínicos para el cáncer de mama metastásico: estudios abiertos a pacientes nuevos, quién puede participar y cómo preguntar por ellos.',
      lead:
        'Los ensayos clínicos son estudios de investigación que prueban tratamientos nuevos o nuevas formas de usar los actuales. Participar en un ensayo siempre es su decisión, y puede dejarlo en cualquier momento. Pregunte por los ensayos cuando reciba el diagnóstico y cada vez que cambie su tratamiento.',
      demoLabel: 'Ensayos de demostración:',
      demoText:
        ' los ensayos de este sitio de demostración son inventados. Sus números NCT no son reales, así que los enlaces a ClinicalTrials.gov pueden no llevar a ningún estudio.',
      phasesHeading: 'Qué significan las fases',
      phase1: 'Fase 1:',
      phase1Text: ' los estudios prueban un tratamiento nuevo en un grupo pequeño para encontrar una dosis segura y conocer sus efectos secundarios.',
      phase2: 'Fase 2:',
      phase2Text: ' los estudios revisan si el tratamiento funciona contra el cáncer y siguen revisando su seguridad.',
      phase3: 'Fase 3:',
      phase3Text: ' los estudios comparan el tratamiento nuevo con el tratamiento habitual en un grupo grande.',
      phase4: 'Fase 4:',
      phase4Text: ' los estudios siguen un tratamiento después de su aprobación, para saber más sobre su uso a largo plazo.',
      openHeading: 'Abiertos a pacientes nuevos',
      noneOpen: 'Ahora no hay ensayos abiertos a pacientes nuevos. Se abren ensayos nuevos con frecuencia, así que pregunte a su equipo de atención.',
      closedHeading: 'No aceptan pacientes nuevos',
      closedText: 'Estos ensayos están en curso o ya terminaron. Aparecen aquí para que pueda leer sobre ellos.',
      askHeading: 'Pregunte por un ensayo',
      askBefore: 'Hable con su oncólogo, o ',
      askLink: 'pida una cita',
      askAfter: ' y díganos qué ensayo le interesa. El equipo del estudio decide quién puede participar.',
    },
    trial: {
      nctId: 'Número en ClinicalTrials.gov',
      phase: 'Fase',
      subtypes: 'Para estos subtipos',
      treatments: 'Tratamientos que se estudian',
      demoLabel: 'Ensayo de demostración:',
      demoText: (nctId) =>
        ` este estudio es inventado para este sitio de demostración. Su número, ${nctId}, no es el de un estudio real, así que el enlace a ClinicalTrials.gov de abajo puede no llevar a ningún estudio.`,
      aboutHeading: 'Sobre este estudio',
      eligibilityHeading: 'Quién puede participar',
      eligibilityNote: 'Este es un resumen breve. El equipo del estudio revisa cada detalle y toma la decisión final.',
      sitesHeading: 'Dónde se hace el estudio',
      leaderHeading: 'Líder del estudio',
      leaderBefore: (organizationName) => `El investigador principal en ${organizationName} es `,
      leaderAfter: (title) => `, ${title}.`,
      joinHeading: (open) => (open ? 'Cómo participar o saber más' : 'Saber más'),
      callBefore: 'Llame al ',
      callAfter: (nctId) => ` y diga que pregunta por el estudio ${nctId}, o hable con su oncólogo. También puede `,
      requestAppointment: 'pedir una cita',
      closed: 'Este estudio no acepta pacientes nuevos. ',
      openTrials: 'Vea los ensayos abiertos ahora',
      registry: (nctId) => `Vea ${nctId} en ClinicalTrials.gov`,
    },
    doctors: {
      crumb: 'Médicos',
      description:
        'Encuentre un médico que atiende a personas con cáncer de mama metastásico: por subtipo, especialidad, centro, idioma y distancia.',
      lead:
        'Nuestro equipo tiene oncólogos, cirujanos, radioterapeutas, médicos de cuidados paliativos y otros expertos. Trabajan juntos en su atención.',
      counts: (doctors, accepting) =>
        `Hay ${count(doctors)} médicos en la lista. ${count(accepting)} aceptan pacientes nuevos. Para hacer una cita con cualquiera de ellos, `,
      requestAppointment: 'pida una cita',
    },
    directoryPage: {
      description: (range) => `Todos los médicos que atienden a personas con cáncer de mama metastásico, por apellido. ${range}`,
      crumb: (page) => `Página ${page}`,
      plainListBefore:
        'Esta página es una lista simple. Para filtrar médicos por subtipo, especialidad, centro o idioma, u ordenarlos por distancia, use el ',
      plainListLink: 'buscador de médicos',
      plainListAfter: ' en la primera página.',
      byFamilyName: 'Médicos, por apellido',
    },
    doctor: {
      summary: (name, title, locations, accepting) =>
        [`${name}: ${title}.`, locations ? `Atiende pacientes en ${locations}.` : '', `${accepting}.`].join(' '),
      telehealth: (offers) => (offers ? 'Ofrece consultas por video' : 'Solo consultas en persona'),
      secondOpinions: 'Da segundas opiniones',
      callBefore: 'Para hacer una cita, llame al ',
      callAfter: ' o',
      requestAppointment: 'pida una cita',
      specialty: 'Especialidad',
      otherDoctors: (specialty) => `otros médicos de ${specialty.toLowerCase()}`,
      languages: (languages) => plural(languages, 'Idioma', 'Idiomas'),
      newPatients: 'Pacientes nuevos',
      accepting: (accepting) => (accepting ? 'Sí, acepta pacientes nuevos' : 'Ahora no acepta pacientes nuevos'),
      telehealthRow: 'Consultas por video (telesalud)',
      yesNo: (yes) => (yes ? 'Sí' : 'No'),
      npi: 'Número NPI',
      about: (fullName) => `Sobre ${fullName}`,
      locations: (locations) => plural(locations, 'Centro', 'Centros'),
      noLocationBefore: 'Llame al ',
      noLocationAfter: ' para preguntar dónde atiende este médico.',
      focus: 'Enfoque',
      focusText: 'Subtipos de cáncer de mama metastásico en los que se enfoca este médico:',
      interests: 'Intereses clínicos',
      education: 'Formación',
      certifications: 'Certificaciones de especialidad',
      trialsLed: (fullName) => `Ensayos clínicos que dirige ${fullName}`,
    },
    locations: {
      title: 'Centros',
      description: (locations, organizationName) =>
        `Direcciones, teléfonos, horarios e indicaciones para llegar a los ${locations} centros de ${organizationName}.`,
      lead: (locations) =>
        `Atendemos a personas con cáncer de mama metastásico en ${locations} centros. Cada página tiene el horario, el estacionamiento, cómo llegar y los médicos que trabajan allí.`,
    },
    location: {
      summary: (name, address, phone) =>
        `${name}, ${address}. Teléfono ${phone}. Horario, estacionamiento, cómo llegar y los médicos que atienden aquí.`,
      address: 'Dirección',
      directions: 'Cómo llegar (abre un mapa)',
      phone: 'Teléfono',
      clinic: 'Centro: ',
      fax: (fax) => `Fax para consultorios que refieren pacientes: ${fax}`,
      newAppointments: 'Citas nuevas: ',
      hours: 'Horario',
      hoursCaption: (name) => `Horario de ${name}`,
      parking: 'Estacionamiento y cómo llegar',
      openMap: (name) => `Abrir un mapa hacia ${name}`,
      services: 'Servicios en este centro',
      doctors: 'Médicos en este centro',
      findDoctor: (name) => `Encuentre un médico en ${name}`,
      findDoctorAfter: ': filtre por especialidad, idioma o por quién acepta pacientes nuevos.',
      trials: 'Ensayos clínicos abiertos en este centro',
      support: 'Servicios de apoyo aquí',
    },
    support: {
      title: 'Apoyo para usted y su familia',
      description:
        'Grupos de apoyo, terapia familiar, cuidados paliativos, asesoría financiera y otras ayudas para personas que viven con cáncer de mama metastásico.',
      crumb: 'Apoyo',
      lead:
        'Vivir con cáncer de mama metastásico afecta su cuerpo, sus emociones, su familia y su dinero. Estos servicios son parte de su atención. Puede usarlos en cualquier momento, desde el día de su diagnóstico.',
      phone: 'Teléfono',
      where: 'Dónde',
      remote: 'Por teléfono o video',
    },
    appointments: {
      title: 'Pedir una cita',
      description: 'Haga una cita con nuestro equipo de cáncer de mama metastásico.',
      phoneLead: 'Para hacer una cita, llámenos:',
      secondOpinionBefore: '¿Busca una segunda opinión? ',
      secondOpinionLink: 'Sepa cómo funcionan las segundas opiniones',
      locations: 'Nuestros centros',
    },
    secondOpinion: {
      title: 'Pida una segunda opinión',
      crumb: 'Segundas opiniones',
      description: 'Pida una segunda opinión sobre su diagnóstico de cáncer de mama metastásico y su plan de tratamiento.',
      phoneLead: 'Para pedir una segunda opinión, llámenos:',
      formHeading: 'O pida una segunda opinión por internet',
      doctorsHeading: 'Médicos que dan segundas opiniones',
      findDoctor: 'Encuentre un médico que dé segundas opiniones',
      findDoctorAfter: ', cerca de usted o por subtipo, especialidad e idioma.',
    },
    thankYou: {
      title: 'Gracias: recibimos su solicitud',
      description: 'Recibimos su solicitud de cita. Un coordinador de atención se comunicará con usted en un día hábil.',
      crumb: 'Solicitud enviada',
      lead: 'Un coordinador de atención se comunicará con usted en un día hábil, por teléfono o por correo electrónico, como usted pidió.',
      nextHeading: 'Qué pasa después',
      stepRead: 'Un coordinador de atención lee su solicitud el siguiente día hábil (de lunes a viernes).',
      stepContact:
        'Se comunica con usted de la forma que eligió, a la hora que prefiere cuando sea posible. Le hará algunas preguntas: quiénes son sus médicos, qué pruebas le han hecho y cuál es su seguro.',
      stepBook:
        'Programa su visita con el médico adecuado. Con su permiso, pide a sus médicos que envíen su historial, sus estudios de imagen y los resultados de la biopsia, para que el equipo los tenga antes de su visita.',
      noAnswerHeading: 'Si no sabe nada de nosotros',
      noAnswerBefore: 'Si nadie se ha comunicado con usted en 2 días hábiles, llámenos al ',
      noNeedToResend: 'No necesita enviar el formulario otra vez.',
      back: 'Volver a la información general sobre el cáncer de mama metastásico',
    },
    search: {
      title: 'Buscar',
      description: 'Busque en este sitio información sobre el cáncer de mama metastásico, nuestros médicos, centros y ensayos clínicos.',
    },
  },
};
