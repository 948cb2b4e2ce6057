import type { FormDefinition } from '../types';
import { l, opt } from './helpers';

export const carePlan: FormDefinition = {
  title: l('Care and action plan', 'خطة الرعاية والعمل'),
  sections: [
    {
      key: 'plan',
      title: l('Goals and actions', 'الأهداف والإجراءات'),
      fields: [
        {
          key: 'actions',
          type: 'group',
          label: l('Actions', 'الإجراءات'),
          required: true,
          minItems: 1,
          maxItems: 20,
          fields: [
            {
              key: 'need',
              type: 'singleChoice',
              label: l('Need addressed', 'الحاجة المعالجة'),
              required: true,
              options: [
                opt('safety', 'Safety', 'السلامة'),
                opt('health', 'Health', 'الصحة'),
                opt('psychosocial', 'Psychosocial', 'الدعم النفسي الاجتماعي'),
                opt('education', 'Education', 'التعليم'),
                opt('legal', 'Legal', 'القانونية'),
                opt('basic_needs', 'Basic needs', 'الاحتياجات الأساسية'),
                opt('family', 'Family and care', 'الأسرة والرعاية'),
              ],
            },
            { key: 'goal', type: 'text', label: l('Goal', 'الهدف'), required: true, maxLength: 300 },
            { key: 'action', type: 'longText', label: l('Action', 'الإجراء'), required: true, maxLength: 2000 },
            {
              key: 'responsible',
              type: 'singleChoice',
              label: l('Who does it', 'المسؤول'),
              required: true,
              options: [
                opt('caseworker', 'Caseworker', 'مدير الحالة'),
                opt('client', 'Client or family', 'المستفيد أو الأسرة'),
                opt('provider', 'Service provider', 'مقدم الخدمة'),
              ],
            },
            { key: 'dueDate', type: 'date', label: l('Due', 'تاريخ الاستحقاق'), required: true },
            {
              key: 'status',
              type: 'singleChoice',
              label: l('Status', 'الحالة'),
              required: true,
              options: [
                opt('planned', 'Planned', 'مخطط'),
                opt('in_progress', 'In progress', 'قيد التنفيذ'),
                opt('done', 'Done', 'منجز'),
                opt('dropped', 'Dropped', 'ملغى'),
              ],
            },
            {
              key: 'closed',
              type: 'calculated',
              label: l('Closed (1 yes, 0 no)', 'مغلق (1 نعم، 0 لا)'),
              expression: "if(status in ['done', 'dropped'], 1, 0)",
            },
          ],
        },
        {
          key: 'actionsOpen',
          type: 'calculated',
          label: l('Open actions', 'الإجراءات المفتوحة'),
          expression: 'count(actions) - sum(actions.closed)',
        },
        {
          key: 'clientAgreed',
          type: 'yesNo',
          label: l('The client took part and agrees', 'شارك المستفيد ويوافق'),
          required: true,
        },
        { key: 'nextReview', type: 'date', label: l('Next review', 'المراجعة القادمة'), required: true },
      ],
    },
  ],
};
