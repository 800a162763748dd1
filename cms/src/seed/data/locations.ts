import type { Weekday } from '@mbc/shared';
import type { SeedLocation } from '../types';

/**
 * Demo locations: fictional clinics of the fictional Piedmont Valley Cancer Institute, placed in real
 * towns of North Carolina's Triangle. Street addresses are made up; coordinates are each town's
 * real approximate centre; phone numbers use the fictional 555-01xx range.
 */

const weekdays: Weekday[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const weekdayHours = (opens: string, closes: string) => weekdays.map((day) => ({ day, opens, closes }));

export const locations: SeedLocation[] = [
  {
    slug: 'durham',
    name: 'Piedmont Valley Durham Clinic',
    address: { street: '2150 Sycamore Ridge Drive', unit: 'Building A', city: 'Durham', state: 'NC', postalCode: '27705' },
    latitude: 35.994,
    longitude: -78.8986,
    phone: '(919) 555-0101',
    fax: '(919) 555-0111',
    hours: [...weekdayHours('07:30', '18:00'), { day: 'Saturday', opens: '08:00', closes: '12:00' }],
    parkingAndDirections:
      'Park for free in the deck next to Building A. Spaces on level 1 are saved for patients getting treatment.\n' +
      'Take the deck elevator to the ground floor and cross the covered walkway to the main entrance.\n' +
      'Drop-off and free valet parking are at the front circle from 7:30 a.m. to 5:30 p.m. on weekdays.\n' +
      'Wheelchairs are waiting just inside the main doors. Ask at the front desk if you need someone to help you get to your visit.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Radiation oncology, including stereotactic radiosurgery',
      'Brain metastasis clinic',
      'Bone metastasis clinic',
      'Interventional radiology',
      'CT, MRI, PET/CT and bone scans',
      'Clinical trials office',
      'Palliative care clinic',
      'Genetic counseling',
      'Oncology social work',
      'Nutrition counseling',
      'Financial counseling',
      'Family and couples therapy',
      'Lab and blood draw',
      'Pharmacy',
    ].join('\n'),
  },
  {
    slug: 'raleigh',
    name: 'Piedmont Valley Raleigh Breast Clinic',
    address: { street: '4800 Magnolia Crest Boulevard', unit: 'Suite 200', city: 'Raleigh', state: 'NC', postalCode: '27609' },
    latitude: 35.7796,
    longitude: -78.6382,
    phone: '(919) 555-0102',
    fax: '(919) 555-0112',
    hours: [...weekdayHours('08:00', '17:30'), { day: 'Saturday', opens: '08:00', closes: '13:00' }],
    parkingAndDirections:
      'Free parking is in the surface lot in front of the building. Spaces closest to the door are for patients with a disabled parking permit.\n' +
      'Enter through the main doors and take the elevator to Suite 200 on the second floor.\n' +
      'City bus routes stop at the corner of the boulevard, about a two-minute walk from the entrance.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Radiation oncology',
      'Interventional radiology',
      'CT and MRI',
      'Clinical trials office',
      'Palliative care clinic',
      'Support groups',
      'Nutrition counseling',
      'Oncology social work',
      'Lab and blood draw',
    ].join('\n'),
  },
  {
    slug: 'chapel-hill',
    name: 'Piedmont Valley Chapel Hill Clinic',
    address: { street: '310 Laurel Brook Road', city: 'Chapel Hill', state: 'NC', postalCode: '27514' },
    latitude: 35.9132,
    longitude: -79.0558,
    phone: '(919) 555-0103',
    fax: '(919) 555-0113',
    hours: weekdayHours('08:00', '17:00'),
    parkingAndDirections:
      'Park for free in the lot behind the pavilion. A second lot across Laurel Brook Road is used when the main lot is full.\n' +
      'The entrance faces the back lot and has automatic doors and a ramp.\n' +
      'A free town shuttle stops in front of the pavilion every 20 minutes on weekdays.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Surgical oncology clinic',
      'Radiation oncology',
      'Second opinion clinic',
      'Genetic counseling',
      'Palliative care clinic',
      'Oncology social work',
      'Lab and blood draw',
    ].join('\n'),
  },
  {
    slug: 'cary',
    name: 'Piedmont Valley Cary Infusion Clinic',
    address: { street: '1025 Kildaire Commons Way', unit: 'Suite 120', city: 'Cary', state: 'NC', postalCode: '27511' },
    latitude: 35.7915,
    longitude: -78.7811,
    phone: '(919) 555-0104',
    fax: '(919) 555-0114',
    hours: weekdayHours('08:00', '17:30'),
    parkingAndDirections:
      'Free parking is in the shared lot of the medical office park. Look for the signs marked Cancer Center Patients.\n' +
      'The center is on the first floor, to the left as you come in.\n' +
      'Drop-off is under the covered entry.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Radiation oncology',
      'Interventional radiology',
      'Financial counseling',
      'Family and couples therapy',
      'Oncology social work',
      'Lab and blood draw',
    ].join('\n'),
  },
  {
    slug: 'wake-forest',
    name: 'Piedmont Valley Wake Forest Clinic',
    address: { street: '755 Heritage Mill Lane', city: 'Wake Forest', state: 'NC', postalCode: '27587' },
    latitude: 35.9799,
    longitude: -78.5097,
    phone: '(919) 555-0105',
    fax: '(919) 555-0115',
    hours: [
      { day: 'Monday', opens: '08:00', closes: '17:00' },
      { day: 'Tuesday', opens: '08:00', closes: '17:00' },
      { day: 'Wednesday', opens: '08:00', closes: '17:00' },
      { day: 'Thursday', opens: '08:00', closes: '19:00' },
      { day: 'Friday', opens: '08:00', closes: '16:00' },
    ],
    parkingAndDirections:
      'Free parking is right outside the clinic, including spaces for people with a disabled parking permit.\n' +
      'The clinic is a one-story building with a level entrance.\n' +
      'On Thursdays the clinic stays open until 7 p.m. for lab visits and follow-up appointments.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Radiation oncology',
      'Genetic counseling',
      'Support groups',
      'Oncology social work',
      'Lab and blood draw',
    ].join('\n'),
  },
  {
    slug: 'garner',
    name: 'Piedmont Valley Garner Clinic',
    address: { street: '1600 Briar Meadow Drive', unit: 'Suite B', city: 'Garner', state: 'NC', postalCode: '27529' },
    latitude: 35.7113,
    longitude: -78.6142,
    phone: '(919) 555-0106',
    fax: '(919) 555-0116',
    hours: weekdayHours('08:30', '17:00'),
    parkingAndDirections:
      'Free parking is in the front lot. Suite B is the second door on the right side of the building.\n' +
      'If you need help getting from your car to the clinic, call the front desk when you arrive and a staff member will meet you.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Palliative care clinic',
      'Oncology social work',
      'Nutrition counseling',
      'Financial counseling',
      'Lab and blood draw',
    ].join('\n'),
  },
  {
    slug: 'hillsborough',
    name: 'Piedmont Valley Hillsborough Clinic',
    address: { street: '220 Eno Meadow Court', city: 'Hillsborough', state: 'NC', postalCode: '27278' },
    latitude: 36.0754,
    longitude: -79.0997,
    phone: '(919) 555-0107',
    fax: '(919) 555-0117',
    hours: [
      { day: 'Monday', opens: '08:00', closes: '16:30' },
      { day: 'Tuesday', opens: '08:00', closes: '16:30' },
      { day: 'Wednesday', opens: '08:00', closes: '16:30' },
      { day: 'Thursday', opens: '08:00', closes: '16:30' },
    ],
    parkingAndDirections:
      'Free parking is in the lot next to the clinic.\n' +
      'The entrance is on the side of the building facing the lot, with a ramp and automatic doors.\n' +
      'The clinic is closed on Fridays and weekends. On those days, call the main number and you will reach the Durham clinic.',
    servicesOffered: [
      'Medical oncology clinic',
      'Infusion center',
      'Radiation oncology',
      'Palliative care clinic',
      'Genetic counseling',
      'Oncology social work',
      'Lab and blood draw',
    ].join('\n'),
  },
];
