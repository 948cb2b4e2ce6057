import type { FormDefinition } from '../types';
import { adminLevels, l, opt, yesNo } from './helpers';

/** Incident types and codes follow common GBV classification practice (fictional form). */
export const gbvIntake: FormDefinition = {
  title: l('GBV intake', 'استقبال حالة العنف القائم على النوع الاجتماعي'),
  sections: [
    {
      key: 'incident',
      title: l('Incident', 'الحادثة'),
      fields: [
        {
          key: 'incidentDate',
          type: 'date',
          label: l('Date of the incident', 'تاريخ الحادثة'),
          required: true,
          maxDate: 'today',
        },
        {
          key: 'daysSinceIncident',
          type: 'calculated',
          label: l('Days since the incident', 'الأيام منذ الحادثة'),
          expression: 'daysBetween(incidentDate, today())',
        },
        {
          key: 'incidentType',
          type: 'singleChoice',
          label: l('Type of incident', 'نوع الحادثة'),
          required: true,
          classification: 'restricted',
          options: [
            opt('rape', 'Rape', 'اغتصاب'),
            opt('sexual_assault', 'Sexual assault', 'اعتداء جنسي'),
            opt('physical_assault', 'Physical assault', 'اعتداء جسدي'),
            opt('forced_marriage', 'Forced marriage', 'زواج قسري'),
            opt('denial_of_resources', 'Denial of resources or opportunities', 'الحرمان من الموارد أو الفرص'),
            opt('psychological_abuse', 'Psychological or emotional abuse', 'إساءة نفسية أو عاطفية'),
          ],
        },
        {
          key: 'incidentArea',
          type: 'location',
          label: l('Where it happened', 'مكان الحدوث'),
          classification: 'restricted',
          levels: adminLevels,
        },
        {
          key: 'incidentNarrative',
          type: 'longText',
          label: l('Account of the incident, in the words of the survivor', 'رواية الحادثة بكلمات الناجية'),
          classification: 'confidential',
          maxLength: 20_000,
        },
      ],
    },
    {
      key: 'perpetrator',
      title: l('Alleged perpetrator', 'مرتكب الأذى المزعوم'),
      fields: [
        {
          key: 'perpetratorRelationship',
          type: 'singleChoice',
          label: l('Relationship to the survivor', 'العلاقة بالناجية'),
          classification: 'confidential',
          options: [
            opt('intimate_partner', 'Intimate partner or former partner', 'شريك حميم أو سابق'),
            opt('family', 'Family member', 'فرد من العائلة'),
            opt('known', 'Known, not family', 'معروف، ليس من العائلة'),
            opt('stranger', 'Stranger', 'غريب'),
            opt('armed_actor', 'Armed actor', 'جهة مسلحة'),
          ],
        },
        {
          key: 'perpetratorDetails',
          type: 'longText',
          label: l('Details of the alleged perpetrator', 'تفاصيل مرتكب الأذى المزعوم'),
          classification: 'confidential',
          maxLength: 5000,
        },
      ],
    },
    {
      key: 'care',
      title: l('Immediate care', 'الرعاية الفورية'),
      fields: [
        {
          key: 'pepOffered',
          type: 'yesNo',
          label: l('Post-exposure prophylaxis offered (within 72 hours)', 'عُرضت الوقاية بعد التعرض (خلال 72 ساعة)'),
          showIf: "incidentType in ['rape', 'sexual_assault'] and daysSinceIncident <= 3",
          required: true,
        },
        {
          key: 'servicesRequested',
          type: 'multipleChoice',
          label: l('Services the survivor asks for', 'الخدمات التي تطلبها الناجية'),
          options: [
            opt('health', 'Health care', 'الرعاية الصحية'),
            opt('psychosocial', 'Psychosocial support', 'الدعم النفسي الاجتماعي'),
            opt('safety', 'Safety and security', 'السلامة والأمن'),
            opt('legal', 'Legal assistance', 'المساعدة القانونية'),
            opt('livelihood', 'Livelihood support', 'دعم سبل العيش'),
            opt('shelter', 'Safe shelter', 'مأوى آمن'),
          ],
        },
        yesNo('reportedToPolice', 'The survivor has reported to the police', 'أبلغت الناجية الشرطة', {
          classification: 'restricted',
        }),
      ],
    },
  ],
};
