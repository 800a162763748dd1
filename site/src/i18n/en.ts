import { CONTACT_METHOD_OPTIONS, CONTACT_TIME_OPTIONS, REQUEST_TYPE_OPTIONS, LANGUAGE_NAMES, type LanguageName, type LocaleCode } from '@mbc/shared';

const labelsByValue = (options: readonly { value: string; label: string }[]): Record<string, string> =>
  Object.fromEntries(options.map((option) => [option.value, option.label]));
/**
 * The site's English words: every text the pages, layouts, components and client islands write
 * that does not come from the CMS. The Dictionary type is this object's type (index.ts), so every
 * other locale must have every key. Texts with values in them are functions; plurals are decided
 * here, per language.
 */
import type { Weekday } from '@mbc/shared';
import { formatDate, formatTime, type OpeningHoursText } from '../lib/format';

const INTL = 'en-US';
const count = (value: number) => value.toLocaleString(INTL);
const plural = (value: number, one: string, other: string) => (value === 1 ? one : other);
const listFormatter = new Intl.ListFormat(INTL, { style: 'long', type: 'conjunction' });

const WEEKDAY_NAMES: Record<Weekday, string> = {
  Monday: 'Monday',
  Tuesday: 'Tuesday',
  Wednesday: 'Wednesday',
  Thursday: 'Thursday',
  Friday: 'Friday',
  Saturday: 'Saturday',
  Sunday: 'Sunday',
};

const hours: OpeningHoursText = {
  weekdays: WEEKDAY_NAMES,
  twoDays: (first, last) => `${first} and ${last}`,
  dayRange: (first, last) => `${first} to ${last}`,
  timeRange: (opens, closes) => `${opens} to ${closes}`,
  closed: 'Closed',
  clock: { am: 'a.m.', pm: 'p.m.', noon: 'noon', midnight: 'midnight' },
};

export const en = {
  /** `<html lang>` (and what the client islands read to pick their dictionary: its language subtag is the locale code). */
  htmlLang: 'en-US',
  /** Open Graph's og:locale. */
  ogLocale: 'en_US',

  // ------------------------------------------------------------ numbers, dates, lists, hours
  formatDate: (isoDate: string): string => formatDate(isoDate, INTL),
  formatCount: count,
  formatList: (items: readonly string[]): string => listFormatter.format(items),
  formatTime: (time: string): string => formatTime(time, hours.clock),
  hours: {
    ...hours,
    days: 'Days',
    hours: 'Hours',
    /** Between the two times of a row, around the <time> elements. */
    to: 'to',
  },
  /** A distance as patients read it: 'less than 0.1 miles', '1.0 mile', '12.3 miles', '140 miles'. */
  miles: (figure: string, one: boolean): string => `${figure} ${one ? 'mile' : 'miles'}`,
  lessThanATenthOfAMile: 'less than 0.1 miles',

  // ------------------------------------------------------------ every page's frame
  skipLink: 'Skip to main content',
  header: {
    program: 'Metastatic Breast Cancer Program',
    appointments: 'Appointments:',
    requestAppointment: 'Request an appointment',
  },
  /** The languages doctors speak (the contract's LanguageName), as this locale names them. */
  languageNames: Object.fromEntries(LANGUAGE_NAMES.map((name) => [name, name])) as Record<LanguageName, string>,
  languages: {
    /** The language switch's name for screen readers. */
    label: 'Language',
    /** Said of a link to a page that has no version in this page's language. */
    onlyIn: (language: string) => `This page is only available in ${language}.`,
    /** Each locale's language, as a sentence of this locale names it. */
    names: { en: 'English', es: 'Spanish' } as Record<LocaleCode, string>,
    /** After a link in running text to a page in another language. */
    linkIn: (language: string) => `(in ${language})`,
  },
  nav: {
    label: 'Main',
    overview: 'Overview',
    diagnosis: 'Diagnosis',
    subtypes: 'Subtypes',
    treatments: 'Treatments',
    clinicalTrials: 'Clinical trials',
    doctors: 'Doctors',
    locations: 'Locations',
    support: 'Support',
    secondOpinions: 'Second opinions',
    search: 'Search',
    footerLabel: 'Footer',
    requestAppointment: 'Request an appointment',
    searchThisSite: 'Search this site',
  },
  footer: {
    appointments: 'Appointments:',
  },
  breadcrumbs: { label: 'Breadcrumb', home: 'Home' },
  emergency: 'In an emergency:',
  demoNotice: {
    label: 'Demo site.',
    fallback:
      'This is a demonstration website. The center, its doctors, clinics and clinical trials are fictional. Nothing here is medical advice.',
  },
  onThisPage: 'On this page',
  /** '<title>': 'Page name | Center name'. */
  pageTitle: (name: string, organizationName: string): string => `${name} | ${organizationName}`,
  review: {
    reviewedOn: 'Medically reviewed on',
    by: 'by',
    nextReviewDue: 'Next review due',
  },

  // ------------------------------------------------------------ the CMS's enumerations
  labels: {
    treatmentCategory: {
      endocrine: 'Hormone (endocrine) therapy',
      her2_targeted: 'HER2-targeted therapy',
      chemotherapy: 'Chemotherapy',
      immunotherapy: 'Immunotherapy',
      targeted_other: 'Other targeted therapy',
      surgery: 'Surgery',
      radiation: 'Radiation therapy',
      supportive: 'Supportive care',
    },
    howGiven: {
      pill: 'By mouth (pill)',
      iv: 'Into a vein (IV)',
      injection: 'As a shot (injection)',
      procedure: 'As a procedure',
      several: 'In more than one way',
    },
    trialPhase: {
      early_phase_1: 'Early phase 1',
      phase_1: 'Phase 1',
      phase_1_2: 'Phase 1/2',
      phase_2: 'Phase 2',
      phase_2_3: 'Phase 2/3',
      phase_3: 'Phase 3',
      phase_4: 'Phase 4',
    },
    trialStatus: {
      not_yet_recruiting: 'Not yet recruiting',
      recruiting: 'Recruiting',
      enrolling_by_invitation: 'Enrolling by invitation',
      active_not_recruiting: 'Active, not recruiting',
      suspended: 'Suspended',
      completed: 'Completed',
      terminated: 'Stopped early',
      withdrawn: 'Withdrawn',
    },
    /** One plain sentence per status, for people who do not know the registry's terms. */
    trialStatusDescription: {
      not_yet_recruiting: 'This study will start looking for people to join soon.',
      recruiting: 'This study is looking for people to join now.',
      enrolling_by_invitation: 'This study only takes people who are invited by the study team.',
      active_not_recruiting: 'This study is going on, but it is not taking new people.',
      suspended: 'This study has been paused and is not taking new people.',
      completed: 'This study has ended.',
      terminated: 'This study was stopped early.',
      withdrawn: 'This study was stopped before anyone joined.',
    },
    diagnosticTestCategory: {
      imaging: 'Imaging tests',
      biopsy: 'Biopsy',
      lab: 'Lab tests',
      genomic: 'Genomic tests',
    },
    supportServiceCategory: {
      support_group: 'Support groups',
      family_therapy: 'Family therapy',
      palliative_care: 'Palliative care',
      financial_counseling: 'Financial counseling',
      nutrition: 'Nutrition',
      social_work: 'Social work',
      integrative_therapies: 'Integrative therapies',
      genetic_counseling: 'Genetic counseling',
      counseling: 'Counseling and mental health',
      spiritual_care: 'Spiritual care',
      hospice: 'Hospice care',
    },
    educationKind: {
      medical_school: 'Medical school',
      residency: 'Residency',
      fellowship: 'Fellowship',
      graduate_school: 'Graduate school',
      internship: 'Internship',
    },
    receptorStatus: {
      positive: 'Positive',
      negative: 'Negative',
      either: 'Positive or negative',
    },
    her2Status: {
      positive: 'Positive',
      negative: 'Negative',
      either: 'Any level',
    },
  },
  acceptingNewPatients: (accepting: boolean): string => (accepting ? 'Accepting new patients' : 'Not accepting new patients'),

  // ------------------------------------------------------------ components
  physicianCard: {
    specialty: 'Specialty',
    locations: (count: number): string => plural(count, 'Location', 'Locations'),
  },
  physicianList: {
    showing: (shown: number, total: number): string => `Showing ${count(shown)} of ${count(total)} doctors.`,
  },
  locationCard: {
    phone: 'Phone:',
    directions: 'Get directions',
    /** Read by screen readers only, after "Get directions". */
    directionsTo: (name: string): string => ` to ${name}`,
    opensAMap: ' (opens a map)',
    seeDoctors: (doctors: number): string => (doctors === 1 ? 'See the 1 doctor' : `See the ${doctors} doctors`),
    whoWorkHere: ' who work here',
    /** Read by screen readers only, after "who work here". */
    atLocation: (name: string): string => `, at ${name}`,
    noDoctors: 'No doctors listed here yet.',
    /** The "near you" sort's distance line. */
    away: (distance: string): string => `${distance} away`,
  },
  treatmentList: { usedFor: 'Used for:' },
  trialList: { for: 'For:' },
  alphabetJump: {
    label: 'Family names, A to Z',
    startingWith: 'Family names starting with ',
    noneStartWith: 'No family names start with ',
  },
  directoryPages: {
    label: 'Pages of the doctor list',
    previous: 'Previous',
    next: 'Next',
    /** Read by screen readers only, after "Previous" and "Next". */
    pageAfter: ' page',
    /** Read by screen readers only, before the number. */
    pageBefore: 'Page ',
  },
  directory: {
    /** The directory page's title: 'Find a doctor' for page 1, 'Find a doctor, page 2 of 209' after it. */
    title: (page: number, pageCount: number): string => (page <= 1 ? 'Find a doctor' : `Find a doctor, page ${page} of ${pageCount}`),
    /** 'Doctors 25 to 48 of 10,000, by family name: Baker to Brown.' */
    range: (first: number, last: number, total: number, firstName: string, lastName: string): string => {
      if (total === 0) return 'No doctors are listed.';
      const range = first === last ? `Doctor ${count(first)}` : `Doctors ${count(first)} to ${count(last)}`;
      const names = firstName === lastName ? firstName : `${firstName} to ${lastName}`;
      return `${range} of ${count(total)}, by family name: ${names}.`;
    },
  },
  nearYou: {
    hint: (sorts: 'doctors' | 'locations'): string => `See the ${sorts} nearest to you first: share your location, or enter a ZIP code.`,
    useMyLocation: 'Use my current location',
    or: 'or',
    zipCode: 'ZIP code',
    sortByDistance: 'Sort by distance',
    radius: 'Near you means within',
    radiusChoice: (miles: number): string => `${miles} miles`,
    stopSorting: 'Stop sorting by distance',
    finding: 'Finding your location…',
    sortedFrom: (place: string): string => `Sorted by distance from ${place}.`,
    zip: (zip: string): string => `ZIP code ${zip}`,
    yourLocation: 'your location',
    zipListFailed: 'The ZIP code list could not be loaded. Check your connection and try again, or use your current location.',
    noGeolocation: 'This browser cannot share your location. Enter your ZIP code instead.',
    geolocationDenied: 'You did not allow this site to use your location, so we cannot sort by distance from it. Enter your ZIP code instead.',
    geolocationTimeout: 'Finding your location took too long. Enter your ZIP code instead.',
    geolocationFailed: 'Your device could not tell us your location. Enter your ZIP code instead.',
    zipEmpty: 'Enter a ZIP code, for example 27705.',
    zipFormat: 'A ZIP code has 5 digits, for example 27705. Check it and try again.',
    zipUnknown: (zip: string, radiusMiles: number): string =>
      `We could not find ZIP code ${zip} near our clinics. We know the ZIP codes within ${radiusMiles} miles of them. ` +
      'Check the number, or use your current location.',
  },
  finder: {
    nearHeading: 'Doctors near you',
    filtersHeading: 'Filter doctors',
    name: "Doctor's name",
    subtype: 'Subtype focus',
    anySubtype: 'Any subtype',
    specialty: 'Specialty',
    anySpecialty: 'Any specialty',
    location: 'Location',
    anyLocation: 'Any location',
    language: 'Language spoken',
    anyLanguage: 'Any language',
    onlyShow: 'Only show doctors who',
    accepting: 'Are accepting new patients',
    telehealth: 'Offer video visits (telehealth)',
    secondOpinions: 'Give second opinions',
    clearAll: 'Clear all filters',
    noScript: (total: number, pageSize: number): string =>
      `Filtering and sorting by distance need JavaScript, which is off in your browser. All ${count(total)} doctors are ` +
      `listed by family name, ${pageSize} to a page: use the letters or the page numbers to find the others.`,
    locatedNearYou: 'Located near you',
    byFamilyName: 'Doctors, by family name',
    noMatches: 'No doctors match all of these filters. Try removing one, or clear them all.',
    loadMore: 'Load more',
    viewAll: 'View all',
    /** The text of a filter option: its label and how many doctors choosing it would leave. */
    option: (label: string, doctors: number): string => `${label} (${doctors})`,
    /** A checkbox's count, after its label. */
    checkCount: (doctors: number): string => `(${doctors})`,
    /** "Showing 12 of 40 doctors", as the status line says it. */
    showing: (shown: number, total: number): string =>
      total === 0 ? 'No doctors match these filters.' : `Showing ${count(shown)} of ${count(total)} ${plural(total, 'doctor', 'doctors')}`,
    /** The status line, sorted by distance: "…, nearest first. 9 within 25 miles of your location." */
    nearestFirst: (showing: string, nearCount: number, radiusMiles: number, place: string): string =>
      `${showing}, nearest first. ${count(nearCount)} within ${radiusMiles} miles of ${place}.`,
    nearGroup: (radiusMiles: number, place: string): string => `Located near you: within ${radiusMiles} miles of ${place}`,
    fartherAway: 'Farther away',
    nearestTo: (place: string): string => `Nearest to ${place}`,
    loadMoreCount: (next: number): string => `Load ${next} more`,
    viewAllCount: (total: number): string => `View all ${count(total)}`,
    /** A card's distance line: "3.2 miles · Durham clinic". */
    distanceTo: (distance: string, location: string): string => `${distance} · ${location}`,
  },
  locationFinder: {
    nearHeading: 'Find the location nearest you',
    alphabetical: (locations: number): string => `${locations} locations, in alphabetical order.`,
    nearestFirst: (locations: number, place: string, nearest: string, distance: string): string =>
      `${locations} locations, nearest first from ${place}. Nearest: ${nearest}, ${distance} away.`,
  },
  search: {
    label: 'Search this site',
    hint: 'For example a treatment, a test, a doctor’s name or a town.',
    button: 'Search',
    showMore: 'Show more results',
    noScript:
      'Search needs JavaScript, which is turned off or not available in your browser. You can find everything on this site from these pages:',
    /** "3 results for 'tamoxifen'", "1 result for 'tamoxifen'", "No results for 'zzz'. …": read out by the page's live region. */
    results: (results: number, term: string): string => {
      const quoted = `'${term.trim()}'`;
      if (results === 0) return `No results for ${quoted}. Check the spelling, or try fewer or different words.`;
      return `${count(results)} ${plural(results, 'result', 'results')} for ${quoted}`;
    },
    /** A doctor's record in the search index (src/lib/search/physician-record.ts). */
    physicianSpecialty: (specialty: string): string => `Specialty: ${specialty}.`,
    physicianFocus: (subtypes: string): string => `Focus: ${subtypes}.`,
    physicianSeesPatientsAt: (locations: string): string => `Sees patients at ${locations}.`,
    physicianLocation: (name: string, city: string): string => `${name} in ${city}`,
    physicianSpeaks: (languages: string): string => `Speaks ${languages}.`,
  },
  form: {
    /** The choices' labels, by their values: the contract's own (shared/src/rules/appointment-request.ts). */
    options: {
      requestType: labelsByValue(REQUEST_TYPE_OPTIONS),
      contactMethod: labelsByValue(CONTACT_METHOD_OPTIONS),
      contactTime: labelsByValue(CONTACT_TIME_OPTIONS),
    },
    heading: 'Or send us a request',
    intro:
      'Fill in this form and a care coordinator will contact you within one business day to arrange your visit. Fields are required unless they say optional.',
    requestType: 'What do you need?',
    fullName: 'Full name',
    fullNameHint: 'If you are asking for someone else or referring a patient, give your own name; say who it is for in the message.',
    contactHint: 'Give a phone number, an email address, or both.',
    phone: 'Phone number (optional if you give an email address)',
    phoneHint: (example: string): string => `A US number with area code, for example ${example}.`,
    email: 'Email address (optional if you give a phone number)',
    contactMethod: 'How should we contact you?',
    contactTime: 'When is the best time to call?',
    contactTimeHint: 'Monday to Friday, Eastern time.',
    location: 'Preferred location (optional)',
    noPreference: 'No preference',
    message: 'Message (optional)',
    messageHint:
      'In a few words, what would you like help with? Please do not include your medical history: we will ask what we need when we call.',
    messageLimit: (max: number): string => `You can enter up to ${max} characters.`,
    /** "You have 20 characters remaining" / "You have 3 characters too many", as GOV.UK's character count says it. */
    charactersLeft: (left: number): string => {
      const characters = (n: number) => `${n} ${plural(n, 'character', 'characters')}`;
      return left >= 0 ? `You have ${characters(left)} remaining` : `You have ${characters(-left)} too many`;
    },
    consent: 'Permission to contact you',
    consentLabel: 'I agree that the care team may contact me about this request by phone or email.',
    privacy:
      'Only the care coordinators who arrange appointments can see what you send. We use it only to contact you about this request and delete it automatically when it is no longer needed.',
    spamTrap: 'Leave this field empty',
    send: 'Send request',
    sending: 'Sending your request…',
    sendFailed: 'Sorry, we could not send your request. Please try again, or call us.',
    errorSummary: 'There is a problem',
    /** Before each error message (read by screen readers) and the page title while the form shows errors. */
    errorPrefix: 'Error: ',
  },

  // ------------------------------------------------------------ schema.org JSON-LD
  jsonLd: {
    condition: 'Metastatic breast cancer',
    conditionAlternateNames: ['Stage IV breast cancer', 'Advanced breast cancer'],
    breast: 'Breast',
    subtypeCondition: (subtype: string): string => `${subtype} metastatic breast cancer`,
  },

  // ------------------------------------------------------------ pages
  pages: {
    notFound: {
      title: 'Page not found',
      description: 'The page you asked for is not on this site.',
      lead: 'We could not find that page. It may have moved, or the web address may have a typo.',
      mayHelp: 'These pages may help:',
      overview: 'Metastatic breast cancer overview',
      callUs: 'Or call us at ',
    },
    home: {
      trialsLink: (openTrials: number): string =>
        openTrials === 0 ? 'See our clinical trials' : `See the ${openTrials} clinical ${plural(openTrials, 'trial', 'trials')} open to new patients now`,
      whyChoose: (organizationName: string): string => `Why choose ${organizationName}`,
      goalsOfCare: 'The goals of care',
      subtypes: 'Subtypes',
      treatments: 'Treatments',
      diagnosisLink: 'Learn what happens during each test',
      moreSubtypes: 'More about the subtypes',
      allTreatments: 'See all treatments',
      allSupport: 'See all support services',
      palliative: 'Palliative care and other support services',
      meetDoctors: 'Meet our doctors',
      findLocation: 'Find a location',
    },
    diagnosis: {
      title: 'How metastatic breast cancer is diagnosed',
      description:
        'The tests used to find where breast cancer has spread and to learn about it: imaging, biopsy, receptor tests and genomic tests.',
      crumb: 'Diagnosis',
      lead:
        'To plan your care, your team needs to know where the cancer is and what kind of breast cancer it is. You will likely have several of the tests below. Not everyone needs every test.',
      afterTests: 'After your tests',
      afterTestsText:
        'Your test results show which subtype of breast cancer you have. The subtype is the main thing that guides your treatment.',
      subtypesLink: 'Learn about the subtypes',
      treatmentsLink: 'Learn about treatments',
      secondOpinionLink: 'Get a second opinion on your diagnosis',
    },
    subtypes: {
      title: 'Subtypes of metastatic breast cancer',
      description:
        'Breast cancers are grouped by hormone receptors and HER2. Learn what each subtype means and how it is usually treated.',
      crumb: 'Subtypes',
      lead:
        'Doctors group breast cancers by tests on a sample of the cancer. The tests look for hormone receptors (ER for estrogen, PR for progesterone) and a protein called HER2. Your subtype is the main thing that guides treatment. It can change over time, so your team may test a new sample when the cancer grows.',
      testsLink: 'How these tests are done',
      estrogenReceptor: 'Estrogen receptor (ER)',
      progesteroneReceptor: 'Progesterone receptor (PR)',
      her2: 'HER2',
    },
    subtype: {
      shortName: 'Short name',
      treatmentsHeading: (shortName: string): string => `Treatments used for ${shortName} cancer`,
      noTreatments: 'Ask your care team which treatments fit your situation.',
      allTreatments: 'See all treatments',
      trialsHeading: 'Open clinical trials',
      noTrials: 'We have no trials for this subtype open to new patients right now. New trials open often, so ask your care team.',
      allTrials: 'See all clinical trials',
      doctorsHeading: (shortName: string): string => `Doctors who focus on ${shortName} cancer`,
      findDoctor: (name: string): string => `Find a doctor for ${name} breast cancer`,
      findDoctorAfter: ', near you or by language and specialty.',
      requestAppointment: 'Request an appointment',
    },
    treatments: {
      title: 'Treatments for metastatic breast cancer',
      description:
        'Hormone therapy, HER2-targeted drugs, chemotherapy, immunotherapy, radiation and more: what each treatment is and who it is for.',
      crumb: 'Treatments',
      leadBefore:
        'Most treatment for metastatic breast cancer uses medicines that reach cancer cells anywhere in the body. Which ones you get depends most on your ',
      leadLink: 'subtype',
      leadAfter: '. It also depends on the treatments you have had, your gene test results, your health and what matters to you.',
    },
    treatment: {
      category: 'Type of treatment',
      howGiven: 'How it is given',
      subtypes: 'Used for these subtypes',
      sideEffects: 'Side effects',
      trialsHeading: 'Open clinical trials of this treatment',
      questions: 'Questions about whether this treatment is right for you?',
      requestAppointment: 'Request an appointment',
      or: 'or',
      secondOpinion: 'get a second opinion',
    },
    trials: {
      title: 'Clinical trials',
      description:
        'Clinical trials for metastatic breast cancer: studies open to new patients, who may be able to join, and how to ask about them.',
      lead:
        'Clinical trials are research studies that test new treatments or new ways to use current ones. Joining a trial is always your choice, and you can leave at any time. Ask about trials when you are first diagnosed and each time your treatment changes.',
      demoLabel: 'Demo trials:',
      demoText:
        ' the trials on this demo site are made up. Their NCT numbers are not real, so links to ClinicalTrials.gov may not lead to a study.',
      phasesHeading: 'What the phases mean',
      phase1: 'Phase 1',
      phase1Text: ' studies test a new treatment in a small group to find a safe dose and learn about side effects.',
      phase2: 'Phase 2',
      phase2Text: ' studies check whether the treatment works against the cancer and keep checking safety.',
      phase3: 'Phase 3',
      phase3Text: ' studies compare the new treatment with the current standard in a large group.',
      phase4: 'Phase 4',
      phase4Text: ' studies follow a treatment after it is approved, to learn more about long-term use.',
      openHeading: 'Open to new patients',
      noneOpen: 'No trials are open to new patients right now. New trials open often, so ask your care team.',
      closedHeading: 'Not taking new patients',
      closedText: 'These trials are under way or finished. They are listed so you can read about them.',
      askHeading: 'Ask about a trial',
      askBefore: 'Talk with your oncologist, or ',
      askLink: 'request an appointment',
      askAfter: ' and tell us which trial you are interested in. The study team decides who can join.',
    },
    trial: {
      nctId: 'ClinicalTrials.gov number',
      phase: 'Phase',
      subtypes: 'For these subtypes',
      treatments: 'Treatments studied',
      demoLabel: 'Demo trial:',
      demoText: (nctId: string): string =>
        ` this study is made up for this demo site. Its number, ${nctId}, is not a real study's number, so the ClinicalTrials.gov link below may not lead to a study.`,
      aboutHeading: 'About this study',
      eligibilityHeading: 'Who may be able to join',
      eligibilityNote: 'This is a short summary. The study team checks every detail and makes the final decision.',
      sitesHeading: 'Where the study takes place',
      leaderHeading: 'Study leader',
      leaderBefore: (organizationName: string): string => `The principal investigator at ${organizationName} is `,
      leaderAfter: (title: string): string => `, ${title}.`,
      joinHeading: (open: boolean): string => (open ? 'How to join or learn more' : 'Learn more'),
      callBefore: 'Call ',
      callAfter: (nctId: string): string => ` and say you are asking about study ${nctId}, or talk with your oncologist. You can also `,
      requestAppointment: 'request an appointment',
      closed: 'This study is not taking new patients. ',
      openTrials: 'See trials that are open now',
      registry: (nctId: string): string => `See ${nctId} on ClinicalTrials.gov`,
    },
    doctors: {
      crumb: 'Doctors',
      description:
        'Find a doctor who cares for people with metastatic breast cancer: by subtype, specialty, location, language and distance from you.',
      lead:
        'Our team has cancer doctors, surgeons, radiation doctors, palliative care doctors and other experts. They work together on your care.',
      counts: (doctors: number, accepting: number): string =>
        `${count(doctors)} doctors are listed. ${count(accepting)} are taking new patients. To make an appointment with any of them, `,
      requestAppointment: 'request an appointment',
    },
    directoryPage: {
      description: (range: string): string => `All doctors who care for people with metastatic breast cancer, by family name. ${range}`,
      crumb: (page: number): string => `Page ${page}`,
      plainListBefore:
        'This page is a plain list. To filter doctors by subtype, specialty, location or language, or to sort them by distance from you, use the ',
      plainListLink: 'doctor finder',
      plainListAfter: ' on the first page.',
      byFamilyName: 'Doctors, by family name',
    },
    doctor: {
      summary: (name: string, title: string, locations: string | null, accepting: string): string =>
        [`${name}: ${title}.`, locations ? `Sees patients at ${locations}.` : '', `${accepting}.`].join(' '),
      telehealth: (offers: boolean): string => (offers ? 'Offers video visits' : 'In-person visits only'),
      secondOpinions: 'Gives second opinions',
      callBefore: 'To make an appointment, call ',
      callAfter: ' or',
      requestAppointment: 'request an appointment',
      specialty: 'Specialty',
      otherDoctors: (specialty: string): string => `other doctors in ${specialty.toLowerCase()}`,
      languages: (languages: number): string => plural(languages, 'Language', 'Languages'),
      newPatients: 'New patients',
      accepting: (accepting: boolean): string => (accepting ? 'Yes, accepting new patients' : 'Not accepting new patients right now'),
      telehealthRow: 'Video visits (telehealth)',
      yesNo: (yes: boolean): string => (yes ? 'Yes' : 'No'),
      npi: 'NPI number',
      about: (fullName: string): string => `About ${fullName}`,
      locations: (locations: number): string => plural(locations, 'Location', 'Locations'),
      noLocationBefore: 'Call ',
      noLocationAfter: ' to ask where this doctor sees patients.',
      focus: 'Focus',
      focusText: 'Subtypes of metastatic breast cancer this doctor focuses on:',
      interests: 'Clinical interests',
      education: 'Education and training',
      certifications: 'Board certifications',
      trialsLed: (fullName: string): string => `Clinical trials led by ${fullName}`,
    },
    locations: {
      title: 'Locations',
      description: (locations: number, organizationName: string): string =>
        `Addresses, phone numbers, hours and directions for the ${locations} clinics of ${organizationName}.`,
      lead: (locations: number): string =>
        `We see people with metastatic breast cancer at ${locations} clinics. Each page has the hours, parking and directions, and the doctors who work there.`,
    },
    location: {
      summary: (name: string, address: string, phone: string): string =>
        `${name}, ${address}. Phone ${phone}. Hours, parking, directions and the doctors who see patients here.`,
      address: 'Address',
      directions: 'Get directions (opens a map)',
      phone: 'Phone',
      clinic: 'Clinic: ',
      fax: (fax: string): string => `Fax for referring offices: ${fax}`,
      newAppointments: 'New appointments: ',
      hours: 'Hours',
      hoursCaption: (name: string): string => `Opening hours of ${name}`,
      parking: 'Parking and directions',
      openMap: (name: string): string => `Open a map to ${name}`,
      services: 'Services at this location',
      doctors: 'Doctors at this location',
      findDoctor: (name: string): string => `Find a doctor at ${name}`,
      findDoctorAfter: ': filter by specialty, language or who is taking new patients.',
      trials: 'Open clinical trials at this location',
      support: 'Support services here',
    },
    support: {
      title: 'Support for you and your family',
      description:
        'Support groups, family therapy, palliative care, financial counseling and other help for people living with metastatic breast cancer.',
      crumb: 'Support',
      lead:
        'Living with metastatic breast cancer affects your body, your feelings, your family and your money. These services are part of your care. You can use them at any time, from the day you are diagnosed.',
      phone: 'Phone',
      where: 'Where',
      remote: 'By phone or video',
    },
    appointments: {
      title: 'Request an appointment',
      description: 'Make an appointment with our metastatic breast cancer team.',
      phoneLead: 'To make an appointment, call us:',
      secondOpinionBefore: 'Looking for a second opinion instead? ',
      secondOpinionLink: 'Learn how second opinions work',
      locations: 'Our locations',
    },
    secondOpinion: {
      title: 'Get a second opinion',
      crumb: 'Second opinions',
      description: 'Ask for a second opinion on your metastatic breast cancer diagnosis and treatment plan.',
      phoneLead: 'To ask for a second opinion, call us:',
      formHeading: 'Or ask for a second opinion online',
      doctorsHeading: 'Doctors who give second opinions',
      findDoctor: 'Find a doctor who gives second opinions',
      findDoctorAfter: ', near you or by subtype, specialty and language.',
    },
    thankYou: {
      title: 'Thank you: we have your request',
      description: 'We have your appointment request. A care coordinator will contact you within one business day.',
      crumb: 'Request sent',
      lead: 'A care coordinator will contact you within one business day, by phone or by email as you asked.',
      nextHeading: 'What happens next',
      stepRead: 'A care coordinator reads your request on the next business day (Monday to Friday).',
      stepContact:
        'They contact you the way you chose, at the time of day you prefer when they can. They will ask a few questions: who your doctors are, what tests you have had, and your insurance.',
      stepBook:
        'They book your visit with the right doctor. With your permission, they ask your doctors to send your records, scans and biopsy results, so the team has them before you come.',
      noAnswerHeading: 'If you do not hear from us',
      noAnswerBefore: 'If nobody has contacted you within 2 business days, please call us at ',
      noNeedToResend: 'You do not need to send the form again.',
      back: 'Back to metastatic breast cancer overview',
    },
    search: {
      title: 'Search',
      description: 'Search this site for information on metastatic breast cancer, our doctors, locations and clinical trials.',
    },
  },
};
