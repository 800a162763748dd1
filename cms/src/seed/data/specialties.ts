import type { SeedSpecialty } from '../types';

/** Demo specialties. Descriptions are plain sentences for patients (at most 400 characters). */
export const specialties: SeedSpecialty[] = [
  {
    slug: 'medical-oncology',
    name: 'Medical oncology',
    description:
      'Medical oncologists lead most care for metastatic breast cancer. They choose and adjust treatments given by pill, shot or IV, such as hormone therapy, targeted drugs, chemotherapy and immunotherapy, and they coordinate the rest of your care team.',
  },
  {
    slug: 'surgical-oncology',
    name: 'Surgical oncology',
    description:
      'Surgical oncologists are surgeons who treat cancer. In stage IV breast cancer, surgery is used only now and then, for example to remove a tumor that is painful, bleeding or open through the skin.',
  },
  {
    slug: 'radiation-oncology',
    name: 'Radiation oncology',
    description:
      'Radiation oncologists use focused high-energy beams to shrink cancer in one area. For metastatic breast cancer, this often eases bone pain, treats spots in the brain and protects the spine.',
  },
  {
    slug: 'interventional-radiology',
    name: 'Interventional radiology',
    description:
      'Interventional radiologists use imaging, such as CT or ultrasound, to guide needles and thin tubes through the skin. They take biopsies, drain fluid, place ports and can strengthen weak spine bones without open surgery.',
  },
  {
    slug: 'palliative-care',
    name: 'Palliative care',
    description:
      'Palliative care doctors focus on comfort and quality of life at any stage of illness, alongside cancer treatment. They treat pain, nausea, tiredness, breathing trouble and stress, and help you plan care that fits your goals.',
  },
  {
    slug: 'neuro-oncology',
    name: 'Neuro-oncology',
    description:
      'Neuro-oncologists care for people whose cancer has spread to the brain, spinal cord or the fluid around them. They manage symptoms such as headaches or seizures and work with radiation doctors and surgeons on treatment.',
  },
  {
    slug: 'cancer-genetics',
    name: 'Cancer genetics',
    description:
      'Cancer genetics doctors look at inherited gene changes, such as in BRCA1 or BRCA2, and at gene changes found in the cancer. Results can open up certain treatments and can matter for your relatives, too.',
  },
];
