import { bullets, paragraph, type SeedConditionPage } from '../types';

/** The section's overview page, in plain language. */
export const conditionPage: SeedConditionPage = {
  title: 'Metastatic (stage IV) breast cancer',
  intro:
    'Metastatic breast cancer is breast cancer that has spread beyond the breast and nearby lymph nodes to other parts of the body, such as the bones, liver, lungs or brain. It is also called stage IV breast cancer. It cannot usually be cured, but it can be treated, and many people live well with it for years. Our team will help you understand your cancer, your choices and the support available to you.',
  goalsOfCare: [
    {
      title: 'Relieve symptoms',
      text: 'Treat pain, tiredness, shortness of breath and other problems caused by the cancer or its treatment, as soon as they start.',
    },
    {
      title: 'Protect your quality of life',
      text: 'Plan treatment around the things that matter most to you, such as work, family, travel and the activities you enjoy.',
    },
    {
      title: 'Control the cancer as long as possible',
      text: 'Use treatments that shrink the cancer or stop it from growing, and change treatment when the cancer changes.',
    },
    {
      title: 'Help you live longer',
      text: 'Newer treatments have helped many people live longer with metastatic breast cancer. We use the best standard options and offer clinical trials of new ones.',
    },
  ],
  newlyDiagnosed: {
    heading: 'Newly diagnosed?',
    text: 'Call us or send a request, and a nurse navigator will contact you within one business day. We will gather your records and scans, answer your first questions, and schedule your visit with a breast medical oncologist, usually within a week.',
    linkLabel: 'Request an appointment',
    linkHref: '/appointments/',
  },
  secondOpinion: {
    heading: 'Want a second opinion?',
    text: 'A second opinion can confirm your diagnosis and treatment plan or point to other options, including clinical trials. Our doctors work with your local oncologist, so you can often keep getting treatment close to home.',
    linkLabel: 'Ask for a second opinion',
    linkHref: '/second-opinion/',
  },
  whyChooseUs: [
    {
      title: 'Weekly tumor boards',
      text: 'Every week, medical oncologists, surgeons, radiation oncologists, radiologists and pathologists review patients\' cases together and agree on the best plan.',
    },
    {
      title: 'Second opinions that work with your local doctors',
      text: 'We review your records and see you in person or by video, then send a clear plan to your own oncologist so you can keep treatment close to home.',
    },
    {
      title: 'A bone metastasis team',
      text: 'Oncologists, radiation doctors, interventional radiologists and palliative care doctors work together to ease bone pain and prevent broken bones.',
    },
    {
      title: 'A brain metastasis clinic',
      text: 'People with cancer in the brain can see a neuro-oncologist, a radiation oncologist and a neurosurgeon in one visit.',
    },
    {
      title: 'Clinical trials',
      text: 'We run studies of new treatments for every subtype of metastatic breast cancer, at several of our locations.',
    },
    {
      title: 'Support for you and your family',
      text: 'Support groups, family therapy, palliative care, nutrition, social work and financial counseling are part of your care.',
    },
  ],
  sections: [
    {
      anchor: 'what-is-stage-iv',
      heading: 'What is stage IV breast cancer?',
      body: [
        paragraph(
          'Breast cancer is stage IV when cancer cells have traveled from the breast to other organs. Breast cancer cells in the bone are still breast cancer, not bone cancer, and they are treated with breast cancer drugs.',
        ),
        paragraph(
          'Some people have stage IV cancer when they are first diagnosed. More often, it comes back months or years after treatment for an earlier-stage breast cancer. This is not your fault, and it does not mean that your earlier treatment was wrong.',
        ),
        paragraph(
          'Stage IV breast cancer is treated as a long-term illness. Treatment often goes on for years, changing over time, with the goal of keeping the cancer under control while you live your life.',
        ),
      ],
    },
    {
      anchor: 'how-it-is-diagnosed',
      heading: 'How it is diagnosed',
      body: [
        paragraph('Your team uses several kinds of tests to find where the cancer is and to learn about it:'),
        bullets(
          'Imaging tests, such as X-rays, CT scans, bone scans, PET/CT and MRI, show where the cancer has spread.',
          'A biopsy of one of the spots confirms that it is breast cancer.',
          'Lab tests on the biopsy sample check for estrogen and progesterone receptors (ER and PR) and for HER2.',
          'Genomic tests of the tumor or blood look for gene changes that can be treated with specific drugs.',
        ),
      ],
    },
    {
      anchor: 'subtypes',
      heading: 'Subtypes of metastatic breast cancer',
      body: [
        paragraph(
          'Breast cancers are grouped by whether they have hormone receptors and how much HER2 they make. The subtype guides treatment more than anything else. The main groups are HR-positive/HER2-negative, HER2-positive, HER2-low and triple-negative, which means all three tests are negative.',
        ),
      ],
    },
    {
      anchor: 'treatment',
      heading: 'Treatment',
      body: [
        paragraph(
          'Most treatment for metastatic breast cancer uses medicines that reach cancer anywhere in the body. Which ones you get depends on your subtype, earlier treatments, gene test results, your health and your wishes.',
        ),
        bullets(
          'Hormone therapy, often with a targeted drug such as a CDK4/6 inhibitor, for HR+ cancer',
          'HER2-targeted drugs, by pill or IV, with or without chemotherapy, for HER2-positive cancer',
          'Antibody-drug conjugates for HER2-positive, HER2-low, triple-negative and some HR+ cancers',
          'Chemotherapy, which can be used for any subtype',
          'Immunotherapy with chemotherapy for some triple-negative cancers',
          'Radiation and, less often, surgery to treat painful areas or protect the spine and brain',
        ),
        paragraph(
          'You will have regular scans and blood tests. If a treatment stops working or causes too many side effects, there is usually another one to try.',
        ),
      ],
    },
    {
      anchor: 'clinical-trials',
      heading: 'Clinical trials',
      body: [
        paragraph(
          'Clinical trials test new treatments or new ways to use current ones. Many of today\'s standard treatments were first available to people in trials. Joining a trial is always your choice, and you can leave at any time.',
        ),
        paragraph(
          'Ask about trials when you are first diagnosed and each time your treatment changes, since some trials are only open at certain points.',
        ),
      ],
    },
    {
      anchor: 'palliative-care',
      heading: 'Palliative care',
      body: [
        paragraph(
          'Palliative care focuses on comfort and quality of life. It is not only for the end of life. You can get it from the day you are diagnosed, along with all your cancer treatment. Our palliative care team treats pain and other symptoms and helps you and your family plan care that fits your goals.',
        ),
      ],
    },
    {
      anchor: 'support',
      heading: 'Support for you and your family',
      body: [
        paragraph(
          'Living with metastatic breast cancer affects every part of life. Our support services include a support group for people with metastatic breast cancer, family and couples therapy, social work, nutrition help, genetic counseling and financial counseling. Most are free for our patients.',
        ),
      ],
    },
  ],
  review: { reviewer: 'amara-okafor', lastReviewed: '2026-09-22', nextReviewDue: '2027-09-22' },
  seo: {
    metaTitle: 'Metastatic (stage IV) breast cancer care',
    metaDescription: 'Diagnosis, subtypes, treatment, clinical trials and support for people living with metastatic (stage IV) breast cancer.',
  },
  featuredSubtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
  featuredTreatments: ['endocrine-therapy', 'cdk46-inhibitors', 'her2-targeted-therapy', 'antibody-drug-conjugates', 'chemotherapy', 'palliative-radiation'],
};
