import { bullets, paragraph, type Review, type SeedSupportService } from '../types';

/** Demo support services. Phone numbers use the fictional 555-01xx range. */

const review = (reviewer: string, lastReviewed: string): Review => ({
  reviewer,
  lastReviewed,
  nextReviewDue: `${Number(lastReviewed.slice(0, 4)) + 1}${lastReviewed.slice(4)}`,
});

export const supportServices: SeedSupportService[] = [
  {
    slug: 'metastatic-support-group',
    name: 'Metastatic breast cancer support group',
    category: 'support_group',
    summary:
      'A group for people living with metastatic breast cancer to share what life is like, swap practical tips and support each other. It meets twice a month in person and by video, led by an oncology social worker.',
    body: [
      paragraph(
        'Many people say that talking with others who are living with stage IV breast cancer helps in a way nothing else does. Group members talk about treatment, work, family, fear and hope, and they also laugh together.',
      ),
      bullets(
        'Meets on the first and third Tuesday of each month, 6:00 to 7:30 p.m.',
        'Join in person in Raleigh or Wake Forest, or by video from home',
        'Free, and you do not need to be treated at our center',
        'Call to sign up, or ask your care team',
      ),
    ],
    contactPhone: '(919) 555-0121',
    review: review('tariq-mansour', '2026-03-10'),
    locations: ['raleigh', 'wake-forest'],
  },
  {
    slug: 'family-and-couples-therapy',
    name: 'Family and couples therapy',
    category: 'family_therapy',
    summary:
      'Cancer affects the whole family. Our licensed therapists help partners, children and other loved ones talk openly, cope with change and support one another.',
    body: [
      paragraph(
        'Living with metastatic cancer can change roles at home, strain relationships and raise hard questions from children. Therapy gives families a safe place to talk about these things with someone trained to help.',
      ),
      bullets(
        'Sessions for couples, for whole families, or for a partner or caregiver alone',
        'Help with talking to children and teens about cancer, with books and activities for different ages',
        'In person in Cary and Durham, or by video',
        'Covered by many insurance plans; ask about help with cost',
      ),
    ],
    contactPhone: '(919) 555-0122',
    review: review('ruth-abernathy', '2026-03-10'),
    locations: ['cary', 'durham'],
  },
  {
    slug: 'palliative-care-clinic',
    name: 'Palliative care clinic',
    category: 'palliative_care',
    summary:
      'Palliative care is an extra layer of support that treats pain and other symptoms and helps you plan care that fits your goals. You can get it at any stage, at the same time as cancer treatment.',
    body: [
      paragraph(
        'Palliative care is not the same as hospice. You can keep getting all of your cancer treatment while seeing the palliative care team. Studies show that getting palliative care early can improve quality of life and mood.',
      ),
      bullets(
        'Treatment for pain, nausea, tiredness, shortness of breath, poor appetite and trouble sleeping',
        'Help with anxiety, sadness and stress, for you and your family',
        'Support with hard decisions and planning ahead',
        'Visits in person at five locations or by video',
        'Ask your oncologist for a referral, or call us directly',
      ),
    ],
    contactPhone: '(919) 555-0123',
    review: review('ruth-abernathy', '2026-04-07'),
    locations: ['durham', 'raleigh', 'chapel-hill', 'garner', 'hillsborough'],
  },
  {
    slug: 'financial-counseling',
    name: 'Financial counseling',
    category: 'financial_counseling',
    summary:
      'Financial counselors help you understand your insurance, estimate your costs and find programs that can lower what you pay for treatment, medicines and travel.',
    body: [
      paragraph(
        'Treatment for metastatic breast cancer can go on for years, and costs add up. Our counselors can help you plan ahead and avoid surprises.',
      ),
      bullets(
        'Review your insurance benefits and explain what you may owe',
        'Help you apply for drug company assistance programs, grants and charity care',
        'Help with Medicaid, Medicare and disability applications',
        'Information on help with gas, parking and lodging',
        'Free for all patients of the center',
      ),
    ],
    contactPhone: '(919) 555-0124',
    review: review('isaiah-coleman', '2026-04-07'),
    locations: ['cary', 'garner', 'durham'],
  },
  {
    slug: 'oncology-nutrition',
    name: 'Oncology nutrition',
    category: 'nutrition',
    summary:
      'Registered dietitians who specialize in cancer help you eat well during treatment, manage appetite loss, nausea and weight changes, and sort out advice about diets and supplements.',
    body: [
      paragraph(
        'Eating well can help you keep your strength and handle treatment better. But cancer and its treatment can make eating hard. A dietitian can make a plan that works for you.',
      ),
      bullets(
        'Tips for poor appetite, nausea, taste changes, mouth sores and diarrhea',
        'Help with weight loss or gain during treatment',
        'Advice about supplements, herbs and special diets, some of which can affect cancer drugs',
        'Managing high blood sugar from some targeted drugs or steroids',
      ),
    ],
    contactPhone: '(919) 555-0125',
    review: review('olga-petrova', '2026-05-19'),
    locations: ['raleigh', 'garner', 'durham'],
  },
  {
    slug: 'oncology-social-work',
    name: 'Oncology social work',
    category: 'social_work',
    summary:
      'Oncology social workers help with the practical and emotional sides of cancer, from rides to treatment and time off work to coping with stress and planning ahead.',
    body: [
      paragraph(
        'Every patient at our center can meet with a social worker. They know the local resources and can help you solve problems that get in the way of care.',
      ),
      bullets(
        'Transportation to treatment, and lodging for people who live far away',
        'Family and Medical Leave Act (FMLA) and disability paperwork',
        'Counseling for stress, anxiety and sadness',
        'Help with advance directives and choosing a health care power of attorney',
        'Connections to community groups and home care services',
      ),
    ],
    contactPhone: '(919) 555-0126',
    review: review('isaiah-coleman', '2026-05-19'),
    locations: ['durham', 'raleigh', 'chapel-hill', 'cary', 'wake-forest', 'garner', 'hillsborough'],
  },
  {
    slug: 'genetic-counseling',
    name: 'Genetic counseling',
    category: 'genetic_counseling',
    summary:
      'Genetic counselors help you decide about testing for inherited gene changes, such as in BRCA1 or BRCA2, and explain what the results mean for your treatment and for your family.',
    body: [
      paragraph(
        'Experts recommend that everyone with metastatic breast cancer be offered testing for inherited gene changes. A positive result may make you eligible for treatments such as PARP inhibitors and for certain clinical trials. It can also help your relatives understand their own risk.',
      ),
      bullets(
        'A visit before testing to go over your personal and family history',
        'Testing with a blood or saliva sample',
        'A visit after testing to explain results, usually within 2 to 3 weeks',
        'Letters you can share with relatives, and help finding testing for them',
        'Visits in person or by video',
      ),
    ],
    contactPhone: '(919) 555-0127',
    review: review('tiana-brooks', '2026-06-02'),
    locations: ['durham', 'chapel-hill', 'wake-forest', 'hillsborough'],
  },
];
