import type { SeedSpecialty } from '../types';

/** Demo specialties. Descriptions are plain sentences for patients (at most 400 characters). */
export const specialties: SeedSpecialty[] = [
  {
    slug: 'medical-oncology',
    name: 'Medical oncology',
    description:
      'Medical oncologists are cancer doctors who treat cancer with medicine. They lead most care for metastatic breast cancer. They choose and change the drugs you take by pill, shot or IV. They also bring the rest of your care team together.',
  },
  {
    slug: 'surgical-oncology',
    name: 'Surgical oncology',
    description:
      'Surgical oncologists are surgeons who treat cancer. In stage IV breast cancer, surgery is used only now and then. One example is to take out a tumor that is painful, bleeding or open through the skin.',
  },
  {
    slug: 'radiation-oncology',
    name: 'Radiation oncology',
    description:
      'Radiation oncologists use focused, strong beams to shrink cancer in one area. For metastatic breast cancer, this often eases bone pain, treats spots in the brain and protects the spine.',
  },
  {
    slug: 'interventional-radiology',
    name: 'Interventional radiology',
    description:
      'Interventional radiologists use scans, such as CT or ultrasound, to guide needles and thin tubes through the skin. They take biopsies, drain fluid and put in ports. They can also make weak spine bones stronger without open surgery.',
  },
  {
    slug: 'palliative-care',
    name: 'Palliative care',
    description:
      'Palliative care doctors help you feel as well as you can, at any stage of illness. They work alongside your cancer care. They treat pain, nausea, tiredness, trouble breathing and stress. They help you plan care that fits your goals.',
  },
  {
    slug: 'neuro-oncology',
    name: 'Neuro-oncology',
    description:
      'Neuro-oncologists care for people whose cancer has spread to the brain, the spinal cord or the fluid around them. They treat symptoms such as headaches or seizures. They work with radiation doctors and surgeons on treatment.',
  },
  {
    slug: 'cancer-genetics',
    name: 'Cancer genetics',
    description:
      'Cancer genetics doctors look at gene changes you were born with, such as in BRCA1 or BRCA2. They also look at gene changes found in the cancer. Results can open up some treatments. They can matter for your family, too.',
  },
];
