import type { FormDefinition } from '../types';
import { l, opt, yesNo } from './helpers';

export const caseClosure: FormDefinition = {
  title: l('Case closure', 'إغلاق الحالة'),
  sections: [
    {
      key: 'closure',
      title: l('Closure', 'الإغلاق'),
      fields: [
        {
          key: 'closureReason',
          type: 'singleChoice',
          label: l('Reason for closure', 'سبب الإغلاق'),
          required: true,
          options: [
            opt('goals_met', 'Care plan goals met', 'تحققت أهداف خطة الرعاية'),
            opt('client_request', 'At the request of the client or survivor', 'بطلب من المستفيد أو الناجية'),
            opt('relocated', 'Relocated out of the area', 'انتقل خارج المنطقة'),
            opt('transferred', 'Transferred to another agency', 'أحيل إلى جهة أخرى'),
            opt('lost_contact', 'Lost contact', 'انقطع التواصل'),
            opt('turned_18', 'Child turned 18 and needs no further support', 'بلغ الطفل 18 عاماً ولا يحتاج دعماً إضافياً'),
            opt('death', 'Death', 'الوفاة'),
            opt('other', 'Other', 'أخرى'),
          ],
        },
        {
          key: 'closureReasonOther',
          type: 'text',
          label: l('Reason (other)', 'السبب (أخرى)'),
          showIf: "closureReason = 'other'",
          required: true,
          maxLength: 300,
        },
        {
          key: 'lastContactDate',
          type: 'date',
          label: l('Date of last contact', 'تاريخ آخر تواصل'),
          required: true,
          maxDate: 'today',
        },
        {
          key: 'contactAttempts',
          type: 'number',
          label: l('Attempts to reach the client', 'محاولات التواصل مع المستفيد'),
          integer: true,
          min: 3,
          max: 50,
          required: true,
          showIf: "closureReason = 'lost_contact'",
        },
        {
          key: 'riskAtClosure',
          type: 'singleChoice',
          label: l('Risk at closure', 'مستوى الخطورة عند الإغلاق'),
          required: true,
          options: [opt('low', 'Low', 'منخفض'), opt('medium', 'Medium', 'متوسط'), opt('high', 'High', 'مرتفع')],
          rules: [
            {
              check:
                "riskAtClosure = 'low' or closureReason in ['transferred', 'relocated', 'death', 'client_request']",
              message: l(
                'A case is closed at low risk, unless it was transferred, relocated, closed at the request of the client or after a death',
                'تغلق الحالة عند خطورة منخفضة إلا إذا أحيلت أو انتقلت أو أغلقت بطلب المستفيد أو بعد الوفاة',
              ),
            },
          ],
        },
      ],
    },
    {
      key: 'followUp',
      title: l('Follow-up', 'المتابعة'),
      fields: [
        yesNo('clientInformed', 'The client was told the case is closing', 'أُبلغ المستفيد بإغلاق الحالة', {
          required: true,
          showIf: "not (closureReason in ['lost_contact', 'death'])",
        }),
        yesNo('followUpPlanned', 'A follow-up visit is planned', 'زيارة متابعة مخططة'),
        {
          key: 'followUpDate',
          type: 'date',
          label: l('Follow-up on', 'المتابعة في'),
          showIf: 'followUpPlanned = true',
          required: true,
        },
        {
          key: 'closureNotes',
          type: 'longText',
          label: l('Closure notes', 'ملاحظات الإغلاق'),
          classification: 'restricted',
          maxLength: 5000,
        },
      ],
    },
  ],
};
