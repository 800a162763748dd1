import { bullets, paragraph, type SeedConditionPage } from '../types';

/** The section's overview page, in plain language. */
export const conditionPage: SeedConditionPage = {
  title: 'Metastatic (stage IV) breast cancer',
  intro:
    'Metastatic breast cancer has spread past the breast and nearby lymph nodes to other parts of the body. It may be in the bones, liver, lungs or brain. It is also called stage IV breast cancer. Most often it cannot be cured. But it can be treated, and many people live well with it for years. Our team will help you learn about your cancer, your choices and the help you can get.',
  goalsOfCare: [
    {
      title: 'Keep the cancer in check',
      text: 'We use drugs and other treatments that shrink the cancer or stop it from growing. When the cancer changes, we change the plan.',
    },
    {
      title: 'Give you more time',
      text: 'New treatments have helped many people live longer with this cancer. We offer the best standard care, and trials of new drugs.',
    },
    {
      title: 'Ease symptoms early',
      text: 'We treat pain, tiredness, shortness of breath and other problems as soon as they start. It does not matter if they come from the cancer or its treatment.',
    },
    {
      title: 'Fit care around your life',
      text: 'Tell us what matters most to you, such as work, family, travel or a hobby. We will plan your care around it.',
    },
  ],
  newlyDiagnosed: {
    heading: 'Newly diagnosed?',
    text: 'Call us or send a request. A nurse navigator will call you back within one business day. We will get your records and scans and answer your first questions. Then we will book your visit with a breast cancer doctor, most often within a week.',
    linkLabel: 'Request an appointment',
    linkHref: '/appointments/',
  },
  secondOpinion: {
    heading: 'Want a second opinion?',
    text: 'A second opinion can confirm your diagnosis and plan. It can also point to other choices, such as clinical trials. Our doctors work with your local cancer doctor. So you can often keep getting treatment close to home.',
    linkLabel: 'Ask for a second opinion',
    linkHref: '/second-opinion/',
  },
  whyChooseUs: [
    {
      title: 'Experts plan your care together',
      text: 'Each week, our cancer doctors, surgeons, radiation doctors, imaging doctors and lab doctors meet. They look at each person\'s tests and agree on a plan. A second group looks at gene test results and finds drugs or trials that match them.',
    },
    {
      title: 'Second opinions that keep you close to home',
      text: 'We look at your records and see you in person or by video. Then we send a clear plan to your own cancer doctor, so you can keep getting treatment near home.',
    },
    {
      title: 'Care for cancer in the bones',
      text: 'Cancer doctors, radiation doctors, imaging doctors and palliative care doctors work as one team. They ease bone pain and help prevent broken bones. When a bone needs surgery, we work with bone surgeons at nearby hospitals.',
    },
    {
      title: 'Care for cancer in the brain',
      text: 'You can see a brain cancer doctor (neuro-oncologist) and a radiation doctor on the same day. When surgery could help, we work with brain surgeons at nearby hospitals.',
    },
    {
      title: 'Clinical trials',
      text: 'We run studies of new treatments for every subtype of metastatic breast cancer. They take place at several of our clinics.',
    },
    {
      title: 'Help for you and your family',
      text: 'Support groups, family therapy, counseling, palliative care, food and diet help, social work, spiritual care and help with costs are all part of your care.',
    },
  ],
  sections: [
    {
      anchor: 'what-is-stage-iv',
      heading: 'What stage IV means',
      body: [
        paragraph(
          'Breast cancer is stage IV when cancer cells have traveled from the breast to other organs. Breast cancer cells in the bone are still breast cancer, not bone cancer. They are treated with breast cancer drugs.',
        ),
        paragraph(
          'Some people have stage IV cancer when they are first diagnosed. More often, it comes back months or years after treatment for an early breast cancer. This is not your fault. It does not mean that your earlier treatment was wrong.',
        ),
        paragraph(
          'Stage IV breast cancer is treated as a long-term illness. Treatment often goes on for years and changes over time. The aim is to keep the cancer in check while you live your life.',
        ),
      ],
    },
    {
      anchor: 'how-it-is-diagnosed',
      heading: 'Tests that find and describe the cancer',
      body: [
        paragraph('Your team uses several kinds of tests. They show where the cancer is and what kind it is:'),
        bullets(
          'Scans, such as X-rays, CT scans, bone scans, PET/CT and MRI, show where the cancer has spread.',
          'A biopsy takes a sample from one of the spots. It shows if the spot is breast cancer.',
          'Lab tests on the sample check for estrogen and progesterone receptors (ER and PR) and for HER2.',
          'Gene tests of the tumor or blood look for changes that some drugs can target.',
          'Blood tests check your blood counts, liver, kidneys and calcium. Some people also have tumor marker tests, such as CA 15-3. These can help show if treatment is working.',
        ),
      ],
    },
    {
      anchor: 'subtypes',
      heading: 'Types of breast cancer',
      body: [
        paragraph(
          'Breast cancers are grouped by their receptors. The type guides treatment more than anything else. There are three main groups:',
        ),
        bullets(
          'HR+/HER2-negative: the cancer has hormone receptors, but no extra HER2. Hormone receptors are ER, PR or both.',
          'HER2-positive: the cancer makes too much HER2. It may have hormone receptors too.',
          'Triple-negative: all three tests (ER, PR and HER2) are negative',
        ),
        paragraph(
          'Many HER2-negative cancers have a small amount of HER2. This is called HER2-low. It is not a group of its own. It is found in both HR+ and triple-negative cancer. It can open up one more treatment.',
        ),
        paragraph(
          'Some cancers need extra thought. Lobular breast cancer often spreads to the belly, bones or the lining of organs, and can be hard to see on scans. Men get breast cancer too, and most often it is HR+. For older adults, we check your overall health and strength to choose a plan that fits.',
        ),
      ],
    },
    {
      anchor: 'treatment',
      heading: 'Treatment',
      body: [
        paragraph(
          'Most treatment uses medicines that reach cancer anywhere in the body. Which ones you get depends on your type of cancer, past treatments, gene test results, your health and your wishes.',
        ),
        bullets(
          'Hormone therapy, often with a targeted drug such as a CDK4/6 inhibitor, for HR+ cancer',
          'HER2 drugs for HER2-positive cancer. They are given by pill, shot or IV, often with chemo.',
          'Antibody-drug conjugates (ADCs), which carry chemo straight to cancer cells. They are used for every type. They can be a first treatment for HER2-positive and triple-negative cancer.',
          'Immunotherapy, with chemo or an ADC, for some triple-negative cancers',
          'Chemotherapy (chemo), which can be used for any type',
          'Radiation and, less often, surgery to treat painful areas or protect the spine and brain',
        ),
        paragraph(
          'You will have regular scans and blood tests. Say a treatment stops working or causes too many side effects. There is most often another one to try.',
        ),
      ],
    },
    {
      anchor: 'clinical-trials',
      heading: 'Clinical trials',
      body: [
        paragraph(
          'Clinical trials test new treatments or new ways to use current ones. Many of today\'s standard treatments were first given to people in trials. Joining a trial is always your choice. You can leave at any time.',
        ),
        paragraph(
          'Ask about trials when you are first diagnosed and each time your treatment changes. Some trials are only open at certain points.',
        ),
      ],
    },
    {
      anchor: 'palliative-care',
      heading: 'Palliative care',
      body: [
        paragraph(
          'Palliative care aims at comfort and quality of life. It is not only for the end of life. You can get it from the day you are diagnosed, along with all your cancer treatment. Our team treats pain and other symptoms. They help you and your family plan care that fits your goals.',
        ),
        paragraph(
          'Later, if treatment no longer helps or you choose to stop, hospice care can help you stay comfortable at home. We will help you plan for it well ahead of time.',
        ),
      ],
    },
    {
      anchor: 'support',
      heading: 'Help for you and your family',
      body: [
        paragraph(
          'Living with metastatic breast cancer affects every part of life. We have a support group for people with metastatic breast cancer. We also offer family and couples therapy, counseling for worry and low mood, and social work. Spiritual care, help with food and diet, genetic counseling and help with costs are here too. Most are free for our patients.',
        ),
      ],
    },
  ],
  review: { reviewer: 'amara-okafor', lastReviewed: '2026-11-24', nextReviewDue: '2027-11-24' },
  seo: {
    metaTitle: 'Metastatic (stage IV) breast cancer care',
    metaDescription: 'Diagnosis, subtypes, treatment, clinical trials and support for people living with metastatic (stage IV) breast cancer.',
  },
  featuredSubtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
  featuredTreatments: ['endocrine-therapy', 'cdk46-inhibitors', 'her2-targeted-therapy', 'antibody-drug-conjugates', 'chemotherapy', 'palliative-radiation'],
};
