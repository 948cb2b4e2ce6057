import type { FormDefinition } from '../types';
import { l, languages, opt, yesNo } from './helpers';

export const consent: FormDefinition = {
  title: l('Informed consent', 'الموافقة المستنيرة'),
  description: l(
    'Read aloud in a language the person understands; consent may be withdrawn at any time.',
    'تُقرأ بصوت عالٍ بلغة يفهمها الشخص؛ يمكن سحب الموافقة في أي وقت.',
  ),
  sections: [
    {
      key: 'who',
      title: l('Who gives consent', 'من يعطي الموافقة'),
      fields: [
        {
          key: 'givenBy',
          type: 'singleChoice',
          label: l('Consent given by', 'الموافقة مقدمة من'),
          required: true,
          options: [
            opt('client', 'The person themself', 'الشخص نفسه'),
            opt('child', 'The child (assent)', 'الطفل (قبول)'),
            opt('guardian', 'Parent or guardian', 'أحد الوالدين أو الوصي'),
          ],
        },
        {
          key: 'guardianName',
          type: 'text',
          label: l('Name of the parent or guardian', 'اسم الوالد أو الوصي'),
          required: true,
          showIf: "givenBy = 'guardian'",
          maxLength: 100,
        },
        {
          key: 'explainedIn',
          type: 'singleChoice',
          label: l('Explained in', 'تم الشرح بلغة'),
          required: true,
          options: languages,
        },
        yesNo('interpreterUsed', 'An interpreter was used', 'تمت الاستعانة بمترجم'),
        {
          key: 'interpreterName',
          type: 'text',
          label: l('Interpreter', 'المترجم'),
          showIf: 'interpreterUsed = true',
          required: true,
          maxLength: 100,
        },
      ],
    },
    {
      key: 'scope',
      title: l('What the consent covers', 'ما تشمله الموافقة'),
      fields: [
        yesNo('consentServices', 'Agrees to receive case management services', 'يوافق على تلقي خدمات إدارة الحالة', {
          required: true,
        }),
        yesNo('consentReferral', 'Agrees to referral to other services', 'يوافق على الإحالة إلى خدمات أخرى', {
          required: true,
        }),
        yesNo(
          'consentInformationSharing',
          'Agrees to share information with named organisations',
          'يوافق على مشاركة المعلومات مع منظمات محددة',
          {
            required: true,
          },
        ),
        {
          key: 'sharingLimits',
          type: 'longText',
          label: l('Information that must not be shared', 'معلومات يجب عدم مشاركتها'),
          classification: 'restricted',
          showIf: 'consentInformationSharing = true',
          maxLength: 2000,
        },
        yesNo(
          'consentReporting',
          'Agrees to be counted in anonymous statistics',
          'يوافق على إدراجه في إحصاءات مجهولة الهوية',
        ),
        {
          key: 'signature',
          type: 'signature',
          label: l('Signature or mark', 'التوقيع أو البصمة'),
          required: true,
        },
      ],
    },
  ],
  rules: [
    {
      field: 'consentReferral',
      check: 'not (consentReferral = true and consentServices = false)',
      message: l('A referral needs consent to services first', 'تتطلب الإحالة الموافقة على الخدمات أولاً'),
    },
  ],
};
