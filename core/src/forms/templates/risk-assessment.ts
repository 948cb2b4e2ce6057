import type { FormDefinition } from '../types';
import { l, opt } from './helpers';

const frequency = (none: number, some: number, high: number) => [
  opt('no', 'No', 'لا', none),
  opt('unsure', 'Unsure or sometimes', 'غير متأكد أو أحياناً', some),
  opt('yes', 'Yes', 'نعم', high),
];

/**
 * Scored: each answer adds points; the level is low (0–3), medium (4–8), high (9–13) or critical
 * (14 or more, or immediate danger whatever the rest).
 */
export const riskAssessment: FormDefinition = {
  title: l('Protection risk assessment', 'تقييم مخاطر الحماية'),
  sections: [
    {
      key: 'risks',
      title: l('Risks', 'المخاطر'),
      fields: [
        {
          key: 'immediateDanger',
          type: 'singleChoice',
          label: l('Is the person in immediate danger?', 'هل الشخص في خطر مباشر؟'),
          required: true,
          options: frequency(0, 4, 8),
        },
        {
          key: 'perpetratorAccess',
          type: 'singleChoice',
          label: l(
            'Does the person causing harm still have access to them?',
            'هل لا يزال مرتكب الأذى قادراً على الوصول إليه؟',
          ),
          required: true,
          classification: 'restricted',
          options: frequency(0, 2, 4),
        },
        {
          key: 'selfHarm',
          type: 'singleChoice',
          label: l('Thoughts of self-harm or suicide?', 'أفكار حول إيذاء النفس أو الانتحار؟'),
          required: true,
          classification: 'restricted',
          options: frequency(0, 3, 6),
        },
        {
          key: 'supportNetwork',
          type: 'singleChoice',
          label: l('Is there a trusted adult or support network?', 'هل يوجد شخص بالغ موثوق أو شبكة دعم؟'),
          required: true,
          options: [opt('yes', 'Yes', 'نعم', 0), opt('limited', 'Limited', 'محدودة', 1), opt('no', 'No', 'لا', 3)],
        },
        {
          key: 'basicNeedsMet',
          type: 'singleChoice',
          label: l('Are food, shelter and health needs met?', 'هل احتياجات الغذاء والمأوى والصحة ملباة؟'),
          required: true,
          options: [opt('yes', 'Yes', 'نعم', 0), opt('partly', 'Partly', 'جزئياً', 1), opt('no', 'No', 'لا', 2)],
        },
        {
          key: 'specificRisks',
          type: 'multipleChoice',
          label: l('Specific risks present', 'مخاطر محددة قائمة'),
          options: [
            opt('child_labour', 'Child labour', 'عمل الأطفال', 1),
            opt('early_marriage', 'Child or forced marriage', 'زواج الأطفال أو الزواج القسري', 2),
            opt('unaccompanied', 'Unaccompanied or separated child', 'طفل غير مصحوب أو منفصل', 2),
            opt('detention', 'Detention', 'الاحتجاز', 2),
            opt('exploitation', 'Sexual exploitation', 'الاستغلال الجنسي', 3),
          ],
        },
      ],
    },
    {
      key: 'result',
      title: l('Result', 'النتيجة'),
      fields: [
        {
          key: 'riskScore',
          type: 'calculated',
          label: l('Risk score', 'درجة الخطورة'),
          expression:
            'sum(score(immediateDanger), score(perpetratorAccess), score(selfHarm), score(supportNetwork), score(basicNeedsMet), score(specificRisks))',
        },
        {
          key: 'riskLevel',
          type: 'calculated',
          label: l('Risk level', 'مستوى الخطورة'),
          expression:
            "if(immediateDanger = 'yes' or riskScore >= 14, 'critical', if(riskScore >= 9, 'high', if(riskScore >= 4, 'medium', 'low')))",
        },
        {
          key: 'assessorNotes',
          type: 'longText',
          label: l('Assessor notes', 'ملاحظات المقيّم'),
          classification: 'restricted',
          maxLength: 5000,
        },
        {
          key: 'immediateActions',
          type: 'longText',
          label: l('Immediate actions taken', 'الإجراءات الفورية المتخذة'),
          required: true,
          showIf: "immediateDanger = 'yes' or riskScore >= 9",
          maxLength: 5000,
        },
      ],
    },
  ],
};
