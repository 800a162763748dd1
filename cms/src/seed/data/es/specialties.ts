import type { SeedTranslation } from '../../types';

/** Specialties in Spanish, keyed by their English slug (at most 400 characters each). */
export const specialties: SeedTranslation['specialties'] = {
  'medical-oncology': {
    name: 'Oncología médica',
    description:
      'Los oncólogos médicos son médicos de cáncer que tratan el cáncer con medicinas. Dirigen casi toda la atención del cáncer de mama metastásico. Eligen y cambian los fármacos que usted recibe en pastilla, en inyección o por la vena. También coordinan al resto de su equipo de atención.',
  },
  'surgical-oncology': {
    name: 'Oncología quirúrgica',
    description:
      'Los oncólogos quirúrgicos son cirujanos que tratan el cáncer. En el cáncer de mama en estadio IV, la cirugía se usa solo de vez en cuando. Por ejemplo, para sacar un tumor que duele, sangra o se ha abierto por la piel.',
  },
  'radiation-oncology': {
    name: 'Oncología radioterápica',
    description:
      'Los oncólogos radioterapeutas usan rayos fuertes y enfocados. Con ellos achican el cáncer en una zona. En el cáncer de mama metastásico, esto a menudo alivia el dolor de huesos. También trata zonas en el cerebro y protege la columna.',
  },
  'interventional-radiology': {
    name: 'Radiología intervencionista',
    description:
      'Los radiólogos intervencionistas usan imágenes, como la TC o el ultrasonido, para guiar agujas y tubos finos por la piel. Toman biopsias, sacan líquido y ponen puertos. También pueden dar fuerza a los huesos débiles de la columna sin cirugía abierta.',
  },
  'palliative-care': {
    name: 'Cuidados paliativos',
    description:
      'Los médicos de cuidados paliativos le ayudan a sentirse lo mejor posible, en cualquier etapa de la enfermedad. Trabajan junto a su atención del cáncer. Tratan el dolor, las náuseas, el cansancio, la dificultad para respirar y el estrés. Le ayudan a planear una atención que vaya con sus metas.',
  },
  'neuro-oncology': {
    name: 'Neurooncología',
    description:
      'Los neurooncólogos tratan el cáncer que llegó al cerebro, a la médula espinal o al líquido que los rodea. Tratan síntomas como el dolor de cabeza o las convulsiones. Planean el tratamiento con los médicos de radiación y los cirujanos.',
  },
  'cancer-genetics': {
    name: 'Genética del cáncer',
    description:
      'Los médicos de genética del cáncer estudian los cambios en los genes con los que usted nació, como en BRCA1 o BRCA2. También estudian los cambios en los genes del cáncer. Los resultados pueden abrir paso a algunos tratamientos. También pueden importar para su familia.',
  },
};
