import type { FormDefinition } from '../types';
import { l, opt, yesNo } from './helpers';

/** Everything that would help someone find or stop the survivor is confidential (encrypted at rest). */
export const gbvSafetyPlan: FormDefinition = {
  title: l('GBV safety plan', 'خطة السلامة'),
  sections: [
    {
      key: 'plan',
      title: l('Safety plan', 'خطة السلامة'),
      fields: [
        {
          key: 'warningSigns',
          type: 'longText',
          label: l('Signs that danger is coming', 'علامات اقتراب الخطر'),
          classification: 'confidential',
          required: true,
          maxLength: 5000,
        },
        {
          key: 'safePlaces',
          type: 'longText',
          label: l('Places the survivor can go', 'الأماكن التي يمكن للناجية الذهاب إليها'),
          classification: 'confidential',
          required: true,
          maxLength: 5000,
        },
        {
          key: 'trustedContacts',
          type: 'group',
          label: l('Trusted people to call', 'أشخاص موثوقون للاتصال بهم'),
          classification: 'confidential',
          maxItems: 10,
          fields: [
            { key: 'contactName', type: 'text', label: l('Name', 'الاسم'), required: true, maxLength: 100 },
            {
              key: 'contactPhone',
              type: 'text',
              label: l('Phone', 'الهاتف'),
              required: true,
              pattern: '\\+?[0-9 ()-]{5,30}',
            },
          ],
        },
        {
          key: 'codeWord',
          type: 'text',
          label: l('Code word', 'كلمة السر'),
          classification: 'confidential',
          maxLength: 50,
        },
        {
          key: 'emergencyItems',
          type: 'multipleChoice',
          label: l('Emergency bag holds', 'حقيبة الطوارئ تحتوي على'),
          options: [
            opt('documents', 'Identity documents', 'وثائق الهوية'),
            opt('money', 'Money', 'نقود'),
            opt('medicine', 'Medicine', 'أدوية'),
            opt('phone', 'Charged phone', 'هاتف مشحون'),
            opt('clothes', 'Clothes', 'ملابس'),
          ],
        },
      ],
    },
    {
      key: 'agreement',
      title: l('Agreement', 'الاتفاق'),
      fields: [
        yesNo('survivorAgrees', 'The survivor agrees with this plan', 'توافق الناجية على هذه الخطة', {
          required: true,
        }),
        { key: 'reviewDate', type: 'date', label: l('Review the plan on', 'مراجعة الخطة في'), required: true },
      ],
    },
  ],
};
