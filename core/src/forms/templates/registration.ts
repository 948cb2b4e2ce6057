import type { FormDefinition } from '../types';
import { adminLevels, l, languages, opt, yesNo } from './helpers';

export const registration: FormDefinition = {
  title: l('Registration and intake', 'التسجيل والاستقبال'),
  description: l(
    'First contact: how the person came to us and who they live with.',
    'أول تواصل: كيف وصل الشخص إلينا ومع من يعيش.',
  ),
  sections: [
    {
      key: 'referral',
      title: l('How the person came to us', 'كيف وصل الشخص إلينا'),
      fields: [
        {
          key: 'referralSource',
          type: 'singleChoice',
          label: l('Referred by', 'محال من'),
          required: true,
          options: [
            opt('self', 'Self-referral', 'إحالة ذاتية'),
            opt('community', 'Community member', 'فرد من المجتمع'),
            opt('health', 'Health facility', 'مرفق صحي'),
            opt('school', 'School', 'مدرسة'),
            opt('police', 'Police', 'الشرطة'),
            opt('partner', 'Partner organisation', 'منظمة شريكة'),
            opt('other', 'Other', 'أخرى'),
          ],
        },
        {
          key: 'referralSourceOther',
          type: 'text',
          label: l('Referred by (other)', 'محال من (أخرى)'),
          required: true,
          showIf: "referralSource = 'other'",
          maxLength: 200,
        },
        {
          key: 'firstContactDate',
          type: 'date',
          label: l('Date of first contact', 'تاريخ أول تواصل'),
          required: true,
          maxDate: 'today',
        },
        {
          key: 'registrationArea',
          type: 'location',
          label: l('Where the person lives now', 'مكان السكن الحالي'),
          levels: adminLevels,
          minLevels: 2,
          required: true,
        },
        {
          key: 'preferredLanguages',
          type: 'multipleChoice',
          label: l('Languages spoken', 'اللغات المحكية'),
          options: languages,
          minSelected: 1,
        },
      ],
    },
    {
      key: 'situation',
      title: l('Situation', 'الوضع'),
      fields: [
        {
          key: 'displacementStatus',
          type: 'singleChoice',
          label: l('Displacement status', 'وضع النزوح'),
          required: true,
          options: [
            opt('host', 'Host community', 'المجتمع المضيف'),
            opt('idp', 'Internally displaced', 'نازح داخلياً'),
            opt('refugee', 'Refugee', 'لاجئ'),
            opt('returnee', 'Returnee', 'عائد'),
            opt('stateless', 'Stateless', 'عديم الجنسية'),
          ],
        },
        yesNo('hasDisability', 'Has a disability', 'لديه إعاقة'),
        {
          key: 'disabilityDetails',
          type: 'longText',
          label: l('Support the person needs because of the disability', 'الدعم المطلوب بسبب الإعاقة'),
          showIf: 'hasDisability = true',
          required: true,
          maxLength: 2000,
        },
        yesNo('safeToContact', 'Safe to contact by phone', 'التواصل الهاتفي آمن', {
          classification: 'restricted',
          required: true,
        }),
        {
          key: 'safeContactTimes',
          type: 'text',
          label: l('When it is safe to call', 'الأوقات الآمنة للاتصال'),
          classification: 'restricted',
          showIf: 'safeToContact = true',
          maxLength: 200,
        },
      ],
    },
    {
      key: 'household',
      title: l('Household', 'الأسرة'),
      fields: [
        {
          key: 'householdMembers',
          type: 'group',
          label: l('People living with the person', 'الأشخاص الذين يعيشون مع الشخص'),
          maxItems: 30,
          fields: [
            { key: 'memberName', type: 'text', label: l('Name', 'الاسم'), required: true, maxLength: 100 },
            {
              key: 'relationship',
              type: 'singleChoice',
              label: l('Relationship', 'صلة القرابة'),
              required: true,
              options: [
                opt('parent', 'Parent', 'أحد الوالدين'),
                opt('sibling', 'Sibling', 'أخ/أخت'),
                opt('spouse', 'Spouse', 'زوج/زوجة'),
                opt('child', 'Child', 'ابن/ابنة'),
                opt('relative', 'Other relative', 'قريب آخر'),
                opt('non_relative', 'Not related', 'ليس قريباً'),
              ],
            },
            { key: 'memberDateOfBirth', type: 'date', label: l('Date of birth', 'تاريخ الميلاد'), maxDate: 'today' },
            { key: 'memberAge', type: 'calculated', label: l('Age', 'العمر'), expression: 'age(memberDateOfBirth)' },
            {
              key: 'under18',
              type: 'calculated',
              label: l('Under 18 (1 yes, 0 no)', 'دون 18 (1 نعم، 0 لا)'),
              expression: 'if(not isBlank(memberAge) and memberAge < 18, 1, 0)',
            },
          ],
        },
        {
          key: 'householdSize',
          type: 'calculated',
          label: l('Household size', 'حجم الأسرة'),
          expression: 'count(householdMembers) + 1',
        },
        {
          key: 'childrenInHousehold',
          type: 'calculated',
          label: l('Children under 18 in the household', 'الأطفال دون 18 في الأسرة'),
          expression: 'sum(householdMembers.under18)',
        },
      ],
    },
  ],
};
