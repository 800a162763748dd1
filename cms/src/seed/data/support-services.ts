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
      'A group for people living with metastatic breast cancer. Members share what life is like, swap tips and support each other. It meets twice a month in person and by video. An oncology social worker leads it.',
    body: [
      paragraph(
        'Many people say that talking with others who live with stage IV breast cancer helps like nothing else. Members talk about treatment, work, family, fear and hope. They also laugh together.',
      ),
      bullets(
        'Meets on the first and third Tuesday of each month, 6:00 to 7:30 p.m.',
        'Join in person in Raleigh or Wake Forest, or by video from home',
        'Free, and you do not need to be treated at our center',
        'Call to sign up, or ask your care team',
      ),
    ],
    contactPhone: '(919) 555-0121',
    review: review('tariq-mansour', '2026-11-24'),
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
        'Living with metastatic cancer can change roles at home. It can strain relationships. Children may ask hard questions. Therapy gives families a safe place to talk about these things with someone trained to help.',
      ),
      bullets(
        'Sessions for couples, for whole families, or for a partner or caregiver alone',
        'Help with talking to children and teens about cancer, with books and activities for each age',
        'In person in Cary and Durham, or by video',
        'Many insurance plans cover it. Ask about help with cost.',
      ),
    ],
    contactPhone: '(919) 555-0122',
    review: review('ruth-abernathy', '2026-11-24'),
    locations: ['cary', 'durham'],
  },
  {
    slug: 'counseling-and-psycho-oncology',
    name: 'Counseling and mental health care',
    category: 'counseling',
    summary:
      'Worry, sadness and stress are common with metastatic cancer. Our psycho-oncology team helps with these feelings. The team has counselors, psychologists and a psychiatrist who work only with people who have cancer.',
    body: [
      paragraph(
        'Feeling low or anxious is not a sign of weakness. It is a normal response to a hard illness. And it can be treated. Talking with an expert can help you sleep, cope and enjoy life more.',
      ),
      bullets(
        'Counseling, alone or with a partner, in person or by video',
        'Help with fear of the cancer growing, and with hard news',
        'Medicine for depression, anxiety or sleep problems, when it could help',
        'Your care team will ask how you are feeling at visits. Tell them if you feel low for more than two weeks.',
        'If you ever think about harming yourself, call or text 988 right away.',
      ),
    ],
    contactPhone: '(919) 555-0128',
    review: review('isaiah-coleman', '2026-11-24'),
    locations: ['durham', 'raleigh', 'cary'],
  },
  {
    slug: 'palliative-care-clinic',
    name: 'Palliative care clinic',
    category: 'palliative_care',
    summary:
      'Palliative care is an extra layer of support. It treats pain and other symptoms and helps you plan care that fits your goals. You can get it at any stage, at the same time as cancer treatment.',
    body: [
      paragraph(
        'Palliative care is not the same as hospice. You can keep getting all your cancer treatment while you see the palliative care team. Getting this care early can improve quality of life and mood.',
      ),
      bullets(
        'Treatment for pain, nausea, tiredness, shortness of breath, poor appetite and trouble sleeping',
        'Help with worry, sadness and stress, for you and your family',
        'Support with hard choices and planning ahead',
        'Visits in person at five clinics or by video',
        'Ask your cancer doctor to refer you, or call us',
      ),
    ],
    contactPhone: '(919) 555-0123',
    review: review('ruth-abernathy', '2026-11-24'),
    locations: ['durham', 'raleigh', 'chapel-hill', 'garner', 'hillsborough'],
  },
  {
    slug: 'hospice-care',
    name: 'Hospice care',
    category: 'hospice',
    summary:
      'Hospice care is for a time when cancer treatment no longer helps, or when you choose to stop it. The focus is comfort and time with the people you love. Most people get hospice care at home.',
    body: [
      paragraph(
        'A hospice team of nurses, doctors, aides, social workers and chaplains comes to you. They treat pain and other symptoms. They also help your family care for you, and support them after a death.',
      ),
      bullets(
        'Our palliative care team can help you decide if and when hospice is right for you.',
        'We work with hospice programs near where you live, and we stay in touch with them.',
        'Medicare, Medicaid and most insurance plans pay for hospice.',
        'You can leave hospice and start cancer treatment again if things change.',
      ),
    ],
    contactPhone: '(919) 555-0129',
    review: review('ruth-abernathy', '2026-11-24'),
    locations: ['durham', 'raleigh', 'chapel-hill', 'garner', 'hillsborough'],
  },
  {
    slug: 'spiritual-care',
    name: 'Spiritual care',
    category: 'spiritual_care',
    summary:
      'Our chaplains offer support to people of every faith, and to people with none. They can help you find comfort, meaning and hope while you live with cancer.',
    body: [
      paragraph(
        'A serious illness can raise big questions. You may ask about meaning, fairness or what comes next. A chaplain listens without judging. They do not push any set of beliefs.',
      ),
      bullets(
        'Visits in the clinic, in the infusion center, or by phone',
        'Prayer, rituals or quiet time, if you would like them',
        'Help to reach your own faith leader or community',
        'Support for family members, too',
      ),
    ],
    contactPhone: '(919) 555-0130',
    review: review('tariq-mansour', '2026-11-24'),
    locations: ['durham', 'raleigh', 'wake-forest'],
  },
  {
    slug: 'financial-counseling',
    name: 'Financial counseling',
    category: 'financial_counseling',
    summary:
      'Financial counselors help you understand your insurance and what you may owe. They find programs that can lower what you pay for treatment, medicines and travel.',
    body: [
      paragraph(
        'Treatment for metastatic breast cancer can go on for years, and costs add up. Our counselors can help you plan ahead and avoid surprises.',
      ),
      bullets(
        'A look at your insurance benefits, and what you may owe',
        'Help to apply for drug company programs, grants and charity care',
        'Help with Medicaid, Medicare and disability forms',
        'Help with the cost of gas, parking and a place to stay',
        'Free for all patients of the center',
      ),
    ],
    contactPhone: '(919) 555-0124',
    review: review('isaiah-coleman', '2026-11-24'),
    locations: ['cary', 'garner', 'durham'],
  },
  {
    slug: 'oncology-nutrition',
    name: 'Oncology nutrition',
    category: 'nutrition',
    summary:
      'Our dietitians are experts in cancer. They help you eat well during treatment. They help with poor appetite, nausea and weight changes, and sort out advice about diets and supplements.',
    body: [
      paragraph(
        'Eating well can help you keep your strength and handle treatment better. But cancer and its treatment can make eating hard. A dietitian can make a plan that works for you.',
      ),
      bullets(
        'Tips for poor appetite, nausea, taste changes, mouth sores and diarrhea',
        'Help with weight loss or gain during treatment',
        'Advice about supplements, herbs and special diets. Some of these can affect cancer drugs.',
        'Help with high blood sugar from some targeted drugs or steroids',
      ),
    ],
    contactPhone: '(919) 555-0125',
    review: review('olga-petrova', '2026-11-24'),
    locations: ['raleigh', 'garner', 'durham'],
  },
  {
    slug: 'oncology-social-work',
    name: 'Oncology social work',
    category: 'social_work',
    summary:
      'Our social workers help with the practical and emotional sides of cancer. They help with rides to treatment, time off work, stress and planning ahead.',
    body: [
      paragraph(
        'Every patient at our center can meet with a social worker. They know the local resources. They can help you solve problems that get in the way of care.',
      ),
      bullets(
        'Rides to treatment, and a place to stay if you live far away',
        'Forms for time off work (FMLA) and for disability',
        'Counseling for stress, worry and sadness',
        'Help to write down your wishes for care and to choose someone to speak for you',
        'Links to community groups and home care services',
      ),
    ],
    contactPhone: '(919) 555-0126',
    review: review('isaiah-coleman', '2026-11-24'),
    locations: ['durham', 'raleigh', 'chapel-hill', 'cary', 'wake-forest', 'garner', 'hillsborough'],
  },
  {
    slug: 'genetic-counseling',
    name: 'Genetic counseling',
    category: 'genetic_counseling',
    summary:
      'Genetic counselors help you decide about testing for gene changes you were born with, such as in BRCA1 or BRCA2. They explain what the results mean for your treatment and for your family.',
    body: [
      paragraph(
        'Experts advise that everyone with metastatic breast cancer be offered this testing. A positive result may open up treatments such as PARP inhibitors. It may also open up some clinical trials. And it can help your relatives learn about their own risk.',
      ),
      bullets(
        'A visit before testing to go over your health and family history',
        'Testing with a blood or saliva sample',
        'A visit after testing to explain results, most often within 2 to 3 weeks',
        'Letters you can share with relatives, and help to find testing for them',
        'Visits in person or by video',
      ),
    ],
    contactPhone: '(919) 555-0127',
    review: review('tiana-brooks', '2026-11-24'),
    locations: ['durham', 'chapel-hill', 'wake-forest', 'hillsborough'],
  },
];
