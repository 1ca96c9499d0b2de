import { IdeaStatus } from '../modules/ideas/idea.enums';

/** A demo idea with the engagement the seed gives it. */
export interface DemoIdea {
  idea: { title: string; description: string };
  /** Hours after the previous idea's activity. */
  hoursLater: number;
  votes: number;
  comments: string[];
  status: IdeaStatus;
  statusNote?: string;
  /** Title of a demo ticket an engineer links to it. */
  linkTicketTitled?: string;
}

/** Ideas of the demo board, oldest first, in both languages. */
export const DEMO_IDEAS: DemoIdea[] = [
  {
    idea: {
      title: '請求書をPDFで一括ダウンロードしたい',
      description:
        '監査のたびに請求書を1件ずつダウンロードしています。期間や取引先を指定して、PDFをまとめてダウンロードできるようにしてほしいです。',
    },
    hoursLater: 14,
    votes: 3,
    comments: [
      '当社も決算期に同じ作業をしています。ぜひお願いします。',
      'ZIPでまとめてもらえると助かります。',
    ],
    status: IdeaStatus.PLANNED,
    statusNote: '2027年前半のリリースで対応予定です。',
    linkTicketTitled: '請求書の一括ダウンロードは可能ですか',
  },
  {
    idea: {
      title: 'Delegate approvals by amount range',
      description:
        'Let an approver delegate only requests below a given amount, and keep larger ones for themselves while travelling.',
    },
    hoursLater: 30,
    votes: 2,
    comments: ['We would use this for our plant managers.'],
    status: IdeaStatus.UNDER_REVIEW,
  },
  {
    idea: {
      title: '経費レポートの領収書をスマートフォンで撮影して添付',
      description: '出張先で領収書を撮影し、そのまま経費レポートに添付できるようにしてほしいです。',
    },
    hoursLater: 20,
    votes: 3,
    comments: ['紙の領収書をなくすことが減りそうです。'],
    status: IdeaStatus.SHIPPED,
    statusNote: 'モバイルアプリ 2026.4 で提供しました。',
  },
  {
    idea: {
      title: 'Dark mode for the approval inbox',
      description: 'Approvers who work late would like a dark theme for the approval inbox.',
    },
    hoursLater: 40,
    votes: 1,
    comments: [],
    status: IdeaStatus.DECLINED,
    statusNote: 'Theming follows the operating system setting from release 2026.3.',
  },
  {
    idea: {
      title: 'Export the audit trail to CSV',
      description:
        'Our auditors ask for the approval history of purchase orders as a spreadsheet. A CSV export of the audit trail would save hours.',
    },
    hoursLater: 50,
    votes: 1,
    comments: ['Same request from our internal audit team.'],
    status: IdeaStatus.UNDER_REVIEW,
  },
];
