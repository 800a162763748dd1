import type { Review, SeedClinicalTrial } from '../types';

/**
 * Demo clinical trials. They are fictional: their NCT numbers use the NCT9xxxxxxx range, which will
 * not be issued for decades, so they never point at a real study. The site shows a demo notice while
 * site-settings.showDemoNotice is on.
 */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

const lines = (...items: string[]) => items.join('\n');

export const clinicalTrials: SeedClinicalTrial[] = [
  {
    slug: 'new-pill-with-hormone-therapy-after-cdk46',
    title: 'A new pill added to hormone therapy after a CDK4/6 inhibitor for HR+ metastatic breast cancer',
    nctId: 'NCT99000101',
    phase: 'phase_3',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Most people with HR+/HER2-negative metastatic breast cancer first take hormone therapy with a CDK4/6 inhibitor. When the cancer starts to grow again, there are several choices, but none works for everyone. This study tests a new pill that blocks a signal cells use to grow. It is added to fulvestrant, a standard hormone shot. The question is if the pair keeps the cancer in check longer than fulvestrant alone. People are put by chance into one of two groups. One group gets fulvestrant and the study pill. The other gets fulvestrant and a placebo, a look-alike pill with no drug. You and your doctor will not know which group you are in. Everyone gets fulvestrant. You will have scans every 8 weeks and regular visits to check on side effects.',
    eligibilitySummary: lines(
      'Adults 18 or older with HR+/HER2-negative breast cancer that has spread',
      'The cancer grew while taking a CDK4/6 inhibitor with hormone therapy',
      'No more than one chemotherapy treatment for metastatic cancer',
      'Able to swallow pills and able to do most daily activities on your own',
      'No uncontrolled diabetes',
      'Cancer in the brain is allowed if it has been treated and is stable',
    ),
    review: review('amara-okafor', '2026-11-24'),
    principalInvestigator: 'amara-okafor',
    subtypes: ['hr-positive-her2-negative'],
    treatments: ['endocrine-therapy', 'targeted-therapy-pi3k-akt-parp'],
    locations: ['durham', 'raleigh', 'cary'],
  },
  {
    slug: 'blood-test-guided-hormone-therapy-switch',
    title: 'Using a regular blood test to decide when to switch hormone therapy',
    nctId: 'NCT99000102',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Some HR+ breast cancers get a change in the ESR1 gene while people take an aromatase inhibitor. This change can make the drug stop working. It often shows up in the blood before scans show any growth. This study checks a blood sample every 2 months for ESR1 changes. If a change shows up first, you are offered a new hormone pill right away. You stay on your CDK4/6 inhibitor. The study will see how long the cancer stays in check. It will compare this with people who switched only after scans showed growth. The blood is taken at your regular lab visits, so there are few extra trips.',
    eligibilitySummary: lines(
      'Adults 18 or older with HR+/HER2-negative metastatic breast cancer',
      'Taking an aromatase inhibitor with a CDK4/6 inhibitor as first treatment for metastatic cancer',
      'On this treatment for at least 6 months',
      'Cancer is not growing on the most recent scans',
      'Willing to have blood drawn every 2 months',
    ),
    review: review('claire-beaumont', '2026-11-24'),
    principalInvestigator: 'claire-beaumont',
    subtypes: ['hr-positive-her2-negative'],
    treatments: ['endocrine-therapy', 'cdk46-inhibitors'],
    locations: ['chapel-hill', 'hillsborough'],
  },
  {
    slug: 'new-adc-for-triple-negative',
    title: 'A new antibody-drug conjugate for triple-negative breast cancer that has spread',
    nctId: 'NCT99000103',
    phase: 'phase_1_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'An antibody-drug conjugate (ADC) carries a chemotherapy drug straight to cancer cells. This study tests a new ADC. It targets a protein found on many triple-negative breast cancers. In the first part, small groups of people get a bit higher doses each time. This finds the safest dose that works. In the second part, more people get that dose. This shows how well it shrinks the cancer. The drug is given through a vein every 3 weeks. This is an early study. So the team watches closely for side effects. You will have more visits and blood tests than with standard care.',
    eligibilitySummary: lines(
      'Adults 18 or older with triple-negative breast cancer that has spread',
      'Had at least one treatment for metastatic cancer, such as chemo',
      'Willing to have a biopsy before starting the study drug, if it can be done safely',
      'Able to do most daily activities on your own',
      'No lung swelling (pneumonitis) now',
    ),
    review: review('youssef-haddad', '2026-11-24'),
    principalInvestigator: 'youssef-haddad',
    subtypes: ['triple-negative'],
    treatments: ['antibody-drug-conjugates'],
    locations: ['durham'],
  },
  {
    slug: 'radiosurgery-with-her2-pill-brain-metastases',
    title: 'Radiosurgery with or without a HER2-targeted pill for new brain metastases',
    nctId: 'NCT99000104',
    phase: 'phase_2',
    recruitmentStatus: 'not_yet_recruiting',
    plainLanguageSummary:
      'HER2-positive breast cancer can spread to the brain. A few spots are often treated with radiosurgery, a very focused kind of radiation. Some HER2 pills can also reach the brain. This study asks if adding a HER2 pill at the time of radiosurgery helps keep new spots from forming. Everyone in the study gets radiosurgery. Half the people, chosen by chance, also take the HER2 pill with their usual HER2 drugs. You will have a brain MRI every 3 months. Short tests check memory and thinking at set times. The study should open soon.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-positive breast cancer',
      '1 to 10 new spots in the brain seen on MRI, suitable for radiosurgery',
      'No earlier whole-brain radiation',
      'Cancer outside the brain is stable or under control with current treatment',
      'Able to swallow pills',
    ),
    review: review('meera-iyer', '2026-11-24'),
    principalInvestigator: 'meera-iyer',
    subtypes: ['her2-positive'],
    treatments: ['palliative-radiation', 'her2-targeted-therapy'],
    locations: ['durham', 'raleigh'],
  },
  {
    slug: 'stereotactic-radiation-for-few-metastases',
    title: 'Focused radiation to every spot of cancer for people with only a few metastases',
    nctId: 'NCT99000105',
    phase: 'phase_2',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Some people have only a few spots where breast cancer has spread. Doctors call this oligometastatic disease. This study tests body radiosurgery (SBRT), a very exact kind of radiation. The question is if treating every spot with it helps people stay well longer than drugs alone. Everyone keeps taking the drugs that are right for their type of cancer. Half the people, chosen by chance, also get SBRT to each spot. This most often takes 1 to 5 sessions. The study will look at how long the cancer stays in check, side effects and quality of life.',
    eligibilitySummary: lines(
      'Adults 18 or older with metastatic breast cancer of any subtype',
      'No more than 5 spots of spread, seen on a PET/CT or CT and bone scan',
      'No cancer in the brain',
      'Currently on drug treatment, with no growth of the cancer on recent scans',
      'Able to lie still on a treatment table for up to an hour',
    ),
    review: review('steven-kowalski', '2026-11-24'),
    principalInvestigator: 'steven-kowalski',
    subtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
    treatments: ['palliative-radiation'],
    locations: ['cary', 'chapel-hill'],
  },
  {
    slug: 'immunotherapy-chemo-with-vaccine-tnbc',
    title: 'Immunotherapy and chemotherapy with or without a cancer vaccine for PD-L1-positive triple-negative breast cancer',
    nctId: 'NCT99000106',
    phase: 'phase_2',
    recruitmentStatus: 'active_not_recruiting',
    plainLanguageSummary:
      'Some triple-negative breast cancers test positive for a protein called PD-L1. When this study began, the usual first treatment for them was immunotherapy with chemo. Everyone in the study gets that. The study tests if adding a new vaccine helps the immune system fight the cancer even better. The vaccine is a shot under the skin, given in the first months of treatment. Since then, new first treatments have been approved. One pairs immunotherapy with an antibody-drug conjugate. Your doctor can tell you about all your choices. The study is no longer taking new people. Those already in it keep getting care and check-ups. Results are expected in the next few years.',
    eligibilitySummary: lines(
      'This study is no longer enrolling new participants.',
      'It enrolled adults with PD-L1-positive triple-negative breast cancer that had spread and had not yet been treated for metastatic disease.',
    ),
    review: review('rebecca-lindqvist', '2026-11-24'),
    principalInvestigator: 'rebecca-lindqvist',
    subtypes: ['triple-negative'],
    treatments: ['immunotherapy', 'chemotherapy'],
    locations: ['raleigh'],
  },
  {
    slug: 'spacing-out-her2-infusions',
    title: 'Spacing out HER2-targeted treatment for people whose cancer has been stable for a long time',
    nctId: 'NCT99000107',
    phase: 'phase_3',
    recruitmentStatus: 'recruiting',
    plainLanguageSummary:
      'Many people with HER2-positive metastatic breast cancer stay on two HER2 drugs for years after chemo ends. The drugs are trastuzumab and pertuzumab. They are most often given every 3 weeks. That means many trips to the infusion center. Some people\'s cancer has not grown for 2 years or more. For them, this study asks if getting the drugs every 6 weeks works as well. People are put by chance on one of the two schedules. The study will compare how long the cancer stays in check. It will also compare side effects, costs and time spent on treatment.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-positive metastatic breast cancer',
      'Taking trastuzumab and pertuzumab, with or without hormone therapy, and no chemotherapy',
      'No growth of the cancer for at least 2 years',
      'Normal heart pumping function on the most recent heart scan',
    ),
    review: review('wei-lin-zhou', '2026-11-24'),
    principalInvestigator: 'wei-lin-zhou',
    subtypes: ['her2-positive'],
    treatments: ['her2-targeted-therapy'],
    locations: ['durham', 'cary', 'garner'],
  },
  {
    slug: 'bone-strengthening-every-12-weeks',
    title: 'Bone-strengthening shots every 12 weeks instead of every 4 weeks',
    nctId: 'NCT99000108',
    phase: 'phase_4',
    recruitmentStatus: 'completed',
    plainLanguageSummary:
      'People with breast cancer in their bones often get a drug that makes bones stronger. It helps prevent broken bones. This study looked at denosumab after the first year. It compared a shot every 12 weeks with a shot every 4 weeks. It looked at broken bones, bone pain, jawbone problems and how people felt. The study is closed, and the results are being studied. Ask your doctor if a less frequent schedule could be right for you. Do not stop or space out denosumab on your own.',
    eligibilitySummary: lines(
      'This study is closed and is no longer enrolling.',
      'It enrolled adults with breast cancer in the bones who had taken denosumab every 4 weeks for about a year.',
    ),
    review: review('thomas-hartley', '2026-11-24'),
    principalInvestigator: 'thomas-hartley',
    subtypes: ['hr-positive-her2-negative', 'her2-positive', 'her2-low', 'triple-negative'],
    treatments: ['bone-health-and-symptom-care'],
    locations: ['raleigh', 'wake-forest'],
  },
  {
    slug: 'parp-inhibitor-with-immunotherapy-brca-palb2',
    title: 'A PARP inhibitor with immunotherapy for HER2-negative breast cancer linked to BRCA or PALB2 gene changes',
    nctId: 'NCT99000109',
    phase: 'phase_1',
    recruitmentStatus: 'not_yet_recruiting',
    plainLanguageSummary:
      'Some people are born with a change in the BRCA1, BRCA2 or PALB2 gene. Their breast cancers often have trouble fixing their own DNA. Pills called PARP inhibitors use this weak spot to kill the cancer cells. This early study will test a PARP inhibitor with an immunotherapy drug. It will look for a safe dose of the two drugs together. It will also see if they shrink the cancer. The study should open soon at our Garner and Raleigh clinics.',
    eligibilitySummary: lines(
      'Adults 18 or older with HER2-negative breast cancer that has spread',
      'An inherited harmful change in BRCA1, BRCA2 or PALB2, found by a blood or saliva test',
      'Up to 3 earlier treatments for metastatic cancer',
      'No earlier treatment with a PARP inhibitor for metastatic cancer',
      'No autoimmune disease that needed treatment in the last 2 years',
    ),
    review: review('gabriela-fuentes', '2026-11-24'),
    principalInvestigator: 'gabriela-fuentes',
    subtypes: ['hr-positive-her2-negative', 'triple-negative', 'her2-low'],
    treatments: ['targeted-therapy-pi3k-akt-parp', 'immunotherapy'],
    locations: ['garner', 'raleigh'],
  },
];
