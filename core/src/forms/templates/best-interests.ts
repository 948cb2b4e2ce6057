import type { FormDefinition } from '../types';
import { l, opt, yesNo } from './helpers';

export const bestInterests: FormDefinition = {
  title: l('Best interests assessment', 'تقييم المصالح الفضلى'),
  description: l(
    'For a child at risk; reviewed by the best interests panel.',
    'لطفل معرض للخطر؛ تراجعه لجنة المصالح الفضلى.',
  ),
  sections: [
    {
      key: 'child',
      title: l('The child', 'الطفل'),
      fields: [
        {
          key: 'childDateOfBirth',
          type: 'date',
          label: l('Date of birth', 'تاريخ الميلاد'),
          required: true,
          maxDate: 'today',
        },
        { key: 'childAge', type: 'calculated', label: l('Age', 'العمر'), expression: 'age(childDateOfBirth)' },
        {
          key: 'careArrangement',
          type: 'singleChoice',
          label: l('Current care arrangement', 'ترتيب الرعاية الحالي'),
          required: true,
          options: [
            opt('parents', 'With parents', 'مع الوالدين'),
            opt('kinship', 'Kinship care', 'رعاية الأقارب'),
            opt('foster', 'Foster care', 'الأسرة الحاضنة'),
            opt('residential', 'Residential care', 'الرعاية المؤسسية'),
            opt('child_headed', 'Child-headed household', 'أسرة يعيلها طفل'),
            opt('unaccompanied', 'Unaccompanied', 'غير مصحوب'),
          ],
        },
        yesNo('tracingNeeded', 'Family tracing needed', 'يحتاج إلى البحث عن الأسرة', {
          showIf: "careArrangement in ['unaccompanied', 'child_headed', 'residential']",
          required: true,
        }),
        {
          key: 'tracingDetails',
          type: 'longText',
          label: l('Last known whereabouts of the family', 'آخر مكان معروف للأسرة'),
          classification: 'restricted',
          showIf: 'tracingNeeded = true',
          maxLength: 3000,
        },
      ],
    },
    {
      key: 'wellbeing',
      title: l('Safety and well-being', 'السلامة والرفاه'),
      fields: [
        {
          key: 'safetyInCare',
          type: 'singleChoice',
          label: l('Safety in the current care arrangement', 'السلامة في ترتيب الرعاية الحالي'),
          required: true,
          options: [
            opt('safe', 'Safe', 'آمن'),
            opt('concerns', 'Some concerns', 'بعض المخاوف'),
            opt('unsafe', 'Unsafe', 'غير آمن'),
          ],
        },
        {
          key: 'educationStatus',
          type: 'singleChoice',
          label: l('Education', 'التعليم'),
          options: [
            opt('enrolled', 'Enrolled and attending', 'مسجل ويحضر'),
            opt('irregular', 'Enrolled, attends irregularly', 'مسجل ويحضر بشكل غير منتظم'),
            opt('out', 'Out of school', 'خارج المدرسة'),
          ],
        },
        { key: 'healthNeeds', type: 'longText', label: l('Health needs', 'الاحتياجات الصحية'), maxLength: 3000 },
      ],
    },
    {
      key: 'views',
      title: l('Views', 'الآراء'),
      fields: [
        yesNo('childParticipated', 'The child took part in the assessment', 'شارك الطفل في التقييم', {
          required: true,
        }),
        {
          key: 'childViews',
          type: 'longText',
          label: l("The child's views and wishes", 'آراء الطفل ورغباته'),
          showIf: 'childParticipated = true',
          required: true,
          classification: 'restricted',
          maxLength: 5000,
        },
        {
          key: 'whyNotParticipated',
          type: 'text',
          label: l('Why the child did not take part', 'سبب عدم مشاركة الطفل'),
          showIf: 'childParticipated = false',
          required: true,
          maxLength: 300,
        },
        {
          key: 'caregiverViews',
          type: 'longText',
          label: l("Caregivers' views", 'آراء مقدمي الرعاية'),
          classification: 'restricted',
          maxLength: 5000,
        },
      ],
    },
    {
      key: 'recommendation',
      title: l('Recommendation', 'التوصية'),
      fields: [
        {
          key: 'recommendation',
          type: 'singleChoice',
          label: l('Recommended solution', 'الحل الموصى به'),
          required: true,
          options: [
            opt('remain', 'Remain in current care with support', 'البقاء في الرعاية الحالية مع الدعم'),
            opt('reunification', 'Family reunification', 'لم شمل الأسرة'),
            opt('alternative_care', 'Alternative care', 'رعاية بديلة'),
            opt('resettlement', 'Referral for resettlement', 'الإحالة لإعادة التوطين'),
          ],
        },
        {
          key: 'rationale',
          type: 'longText',
          label: l('Reasons', 'الأسباب'),
          required: true,
          minLength: 20,
          maxLength: 5000,
        },
        { key: 'panelDate', type: 'date', label: l('Panel review date', 'تاريخ مراجعة اللجنة') },
      ],
    },
  ],
  rules: [
    {
      field: 'childDateOfBirth',
      check: 'isBlank(childAge) or childAge < 18',
      message: l('A best interests assessment is for a child under 18', 'تقييم المصالح الفضلى لطفل دون 18 عاماً'),
    },
  ],
};
