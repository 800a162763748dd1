import type { SeedTranslation } from '../../types';

/** The fictional clinics in Spanish, keyed by their English slug. Services: one per line, as in English. */

const services = (...items: string[]) => items.join('\n');
/** The same alt text the seed gives the English photo (an illustrated building), in Spanish. */
const photoAlt = (name: string) => `Ilustración del edificio de la ${name} (imagen de demostración)`;

const location = (name: string, parkingAndDirections: string, servicesOffered: string) => ({ name, parkingAndDirections, servicesOffered, photoAlt: photoAlt(name) });

export const locations: SeedTranslation['locations'] = {
  durham: location(
    'Clínica Piedmont Valley de Durham',
    'Estacione gratis en el garaje junto al Edificio A. Los espacios del nivel 1 están reservados para los pacientes que reciben tratamiento.\n' +
      'Tome el ascensor del garaje a la planta baja y cruce el pasillo techado hasta la entrada principal.\n' +
      'Hay una zona para dejar pasajeros y servicio de valet gratis en el círculo de la entrada, de 7:30 a.m. a 5:30 p.m., de lunes a viernes.\n' +
      'Hay sillas de ruedas justo al entrar por las puertas principales. Pregunte en la recepción si necesita que alguien le ayude a llegar a su cita.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Oncología radioterápica, incluida la radiocirugía estereotáctica',
      'Clínica de metástasis en el cerebro',
      'Clínica de metástasis en los huesos',
      'Radiología intervencionista',
      'TC, RM, PET/TC y gammagrafías óseas',
      'Oficina de ensayos clínicos',
      'Clínica de cuidados paliativos',
      'Asesoría genética',
      'Trabajo social oncológico',
      'Asesoría en nutrición',
      'Asesoría financiera',
      'Terapia de familia y de pareja',
      'Laboratorio y toma de sangre',
      'Farmacia',
    ),
  ),
  raleigh: location(
    'Clínica de Mama Piedmont Valley de Raleigh',
    'Hay estacionamiento gratis en el lote frente al edificio. Los espacios más cerca de la puerta son para pacientes con permiso de estacionamiento para personas con discapacidad.\n' +
      'Entre por las puertas principales y tome el ascensor hasta la Suite 200, en el segundo piso.\n' +
      'Las rutas de autobús de la ciudad paran en la esquina del bulevar, a unos dos minutos a pie de la entrada.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Oncología radioterápica',
      'Radiología intervencionista',
      'TC y RM',
      'Oficina de ensayos clínicos',
      'Clínica de cuidados paliativos',
      'Grupos de apoyo',
      'Asesoría en nutrición',
      'Trabajo social oncológico',
      'Laboratorio y toma de sangre',
    ),
  ),
  'chapel-hill': location(
    'Clínica Piedmont Valley de Chapel Hill',
    'Estacione gratis en el lote detrás del pabellón. Cuando el lote principal está lleno, se usa un segundo lote al otro lado de Laurel Brook Road.\n' +
      'La entrada da al lote de atrás y tiene puertas automáticas y una rampa.\n' +
      'Un autobús gratis de la ciudad para frente al pabellón cada 20 minutos, de lunes a viernes.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Clínica de oncología quirúrgica',
      'Oncología radioterápica',
      'Clínica de segundas opiniones',
      'Asesoría genética',
      'Clínica de cuidados paliativos',
      'Trabajo social oncológico',
      'Laboratorio y toma de sangre',
    ),
  ),
  cary: location(
    'Clínica de Infusión Piedmont Valley de Cary',
    'Hay estacionamiento gratis en el lote compartido del parque de consultorios médicos. Busque los letreros que dicen Cancer Center Patients.\n' +
      'El centro está en el primer piso, a la izquierda al entrar.\n' +
      'La zona para dejar pasajeros está bajo la entrada techada.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Oncología radioterápica',
      'Radiología intervencionista',
      'Asesoría financiera',
      'Terapia de familia y de pareja',
      'Trabajo social oncológico',
      'Laboratorio y toma de sangre',
    ),
  ),
  'wake-forest': location(
    'Clínica Piedmont Valley de Wake Forest',
    'Puede dejar el carro gratis justo afuera de la clínica. Hay lugares para quienes tienen permiso por discapacidad.\n' +
      'La clínica tiene un solo piso y una entrada sin escalones.\n' +
      'Los jueves la clínica abre hasta las 7 p.m. para citas de laboratorio y de control.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Oncología radioterápica',
      'Asesoría genética',
      'Grupos de apoyo',
      'Trabajo social oncológico',
      'Laboratorio y toma de sangre',
    ),
  ),
  garner: location(
    'Clínica Piedmont Valley de Garner',
    'Hay estacionamiento gratis en el lote de enfrente. La Suite B es la segunda puerta del lado derecho del edificio.\n' +
      'Si necesita ayuda para ir de su carro a la clínica, llame a la recepción cuando llegue y alguien del personal saldrá a buscarle.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Clínica de cuidados paliativos',
      'Trabajo social oncológico',
      'Asesoría en nutrición',
      'Asesoría financiera',
      'Laboratorio y toma de sangre',
    ),
  ),
  hillsborough: location(
    'Clínica Piedmont Valley de Hillsborough',
    'Hay estacionamiento gratis en el lote junto a la clínica.\n' +
      'La entrada está en el lado del edificio que da al lote, con una rampa y puertas automáticas.\n' +
      'La clínica cierra los viernes y los fines de semana. Esos días, llame al número principal y le atenderá la clínica de Durham.',
    services(
      'Clínica de oncología médica',
      'Centro de infusión',
      'Oncología radioterápica',
      'Clínica de cuidados paliativos',
      'Asesoría genética',
      'Trabajo social oncológico',
      'Laboratorio y toma de sangre',
    ),
  ),
};
