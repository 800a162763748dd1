import type { SeedTranslation } from '../../types';

/** Site-wide texts in Spanish. The center stays fictional, as in English. */
export const siteSettings: SeedTranslation['siteSettings'] = {
  appointmentPageText:
    '¿Quiere una cita con nuestro equipo de cáncer de mama metastásico? Llámenos o llene el formulario de abajo. No necesita una referencia de otro médico.\n\n' +
    'Tenga esto a mano: su tarjeta del seguro, el nombre de su médico de ahora y sus resultados recientes. Esto incluye pruebas, imágenes e informes de patología. Si no tiene sus registros, los podemos pedir por usted con su permiso.\n\n' +
    'Una enfermera navegadora le llamará en un plazo de un día hábil. Le preguntará qué necesita y le dará su primera cita, casi siempre en una semana o menos.',
  secondOpinionPageText:
    'Una segunda opinión quiere decir que otro experto revisa su diagnóstico y su plan de tratamiento. Pedirla es algo común. Casi todos los médicos de cáncer la aceptan con gusto.\n\n' +
    'Necesitaremos los informes del laboratorio sobre su biopsia. Si se puede, también pediremos las láminas o el tejido de la biopsia. Envíe sus imágenes recientes y una lista de los tratamientos que ha recibido. Nuestro equipo puede ayudarle a reunirlos. Casi todas las citas son en las dos semanas después de recibir sus registros. Puede venir en persona o vernos por video.\n\n' +
    'Después de su cita, les enviamos un resumen por escrito a usted y a su médico de cáncer local. Muchos pacientes siguen su tratamiento cerca de casa. Seguimos en contacto con su equipo local.',
  emergencyNote:
    'Si tiene una emergencia médica, llame al 911 o vaya a la sala de emergencias más cercana. No use los formularios en línea para problemas urgentes. Si es paciente y tiene fiebre o síntomas nuevos, llame de inmediato a su equipo de atención, de día o de noche.',
  footerText:
    'Piedmont Valley Cancer Institute atiende a personas con cáncer de mama metastásico en siete clínicas de la zona del Triángulo de Carolina del Norte. La información de este sitio es educativa y general. No reemplaza los consejos de su propio equipo de atención.',
  defaultSeo: {
    metaTitle: 'Cáncer de mama metastásico | Piedmont Valley Cancer Institute',
    metaDescription: 'Atención del cáncer de mama metastásico (estadio IV): médicos, tratamientos, ensayos clínicos y apoyo en siete clínicas del Triángulo de Carolina del Norte.',
  },
  demoNotice:
    'Este es un sitio web de demostración. Piedmont Valley Cancer Institute y sus médicos, clínicas y ensayos clínicos son ficticios. Nada de lo que hay aquí es un consejo médico. Hable con su propio equipo de atención sobre su salud.',
};
