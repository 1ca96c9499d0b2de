import { InstanceEnvironment, TicketType } from '@support/shared';

/** A demo ticket's content in one language. */
export interface DemoTicketText {
  type: TicketType;
  severity: number;
  title: string;
  description: string;
  reproductionSteps?: string;
  businessImpact?: string;
  documentIds?: string[];
  environment?: InstanceEnvironment;
}

const P = TicketType.PLATFORM_ISSUE;
const Q = TicketType.QUESTION;
const S = TicketType.SERVICE_REQUEST;
const I = TicketType.INTEGRATION;
const PROD = InstanceEnvironment.PRODUCTION;
const TEST = InstanceEnvironment.TEST;

/** Japanese demo tickets (Tokyo Trading). */
export const JAPANESE_TICKETS: DemoTicketText[] = [
  {
    type: P,
    severity: 1,
    title: '本番環境で請求書の承認ができない',
    description: '本日9時以降、すべての請求書承認が「保存に失敗しました」で止まります。',
    reproductionSteps:
      '1. 請求書一覧を開く\n2. 任意の請求書で「承認」を押す\n3. エラーが表示される',
    businessImpact: '月末締めの支払処理が全面停止しています。',
    documentIds: ['INV-20261130-0042'],
    environment: PROD,
  },
  {
    type: P,
    severity: 2,
    title: '発注書のPDF出力で文字化けが発生する',
    description: '東京都の住所を含む発注書をPDF出力すると、住所が文字化けします。',
    reproductionSteps: '1. 発注書 PO-7781 を開く\n2. PDF出力を押す',
    businessImpact: '取引先への発注書送付が遅れています。',
    documentIds: ['PO-7781'],
    environment: PROD,
  },
  {
    type: Q,
    severity: 4,
    title: '経費精算の承認ルートを変更する方法',
    description: '部長承認の後に経理承認を追加したいのですが、設定画面がわかりません。',
  },
  {
    type: S,
    severity: 4,
    title: 'テスト環境のサンドボックス更新をお願いします',
    description: '12月の受入テストのため、本番データでテスト環境を更新してください。',
    environment: TEST,
  },
  {
    type: I,
    severity: 3,
    title: '会計システムとのCSV連携がタイムアウトする',
    description: '夜間バッチのCSV取込が30分でタイムアウトします。件数は約5万件です。',
    environment: PROD,
  },
  {
    type: P,
    severity: 3,
    title: '経費レポートの添付ファイルが時々表示されない',
    description: '一部の経費レポートで領収書画像が表示されないことがあります。',
    reproductionSteps: '経費レポート ER-3321 を開き、添付タブを表示する',
    businessImpact: '監査対応に時間がかかっています。',
    documentIds: ['ER-3321'],
    environment: PROD,
  },
  {
    type: Q,
    severity: 4,
    title: 'SSO設定の証明書更新手順について',
    description: '来月IdPの証明書が期限切れになります。更新手順を教えてください。',
  },
  {
    type: S,
    severity: 4,
    title: '新しい部門コードの追加（営業第三部）',
    description: '1月1日付けで営業第三部を追加します。指定の時間に反映をお願いします。',
  },
  {
    type: P,
    severity: 2,
    title: '承認メールのリンクが期限切れと表示される 🙏',
    description: '承認依頼メールのリンクを開くと、直後でも「期限切れ」と表示されます。',
    reproductionSteps: '1. 承認依頼メールを受信\n2. リンクをクリック',
    businessImpact: '承認者がシステムに直接ログインする必要があり、承認が遅れています。',
    environment: PROD,
  },
  {
    type: I,
    severity: 3,
    title: '人事システムからのユーザー同期を追加したい',
    description: '人事システムの異動情報を毎晩同期する新しい連携を検討しています。',
  },
  {
    type: P,
    severity: 3,
    title: 'ﾃｽﾄ環境で検索結果が表示されない',
    description: '半角カナを含む取引先名で検索すると結果が0件になります。',
    reproductionSteps: '取引先検索で「ｶﾌﾞｼｷｶﾞｲｼｬ」を入力',
    businessImpact: 'テスト工程が止まっています。',
    environment: TEST,
  },
  {
    type: Q,
    severity: 4,
    title: '請求書の一括ダウンロードは可能ですか',
    description: '監査用に2026年度の請求書を一括でダウンロードしたいです。',
  },
];

/** English demo tickets (Hudson Foods, Berlin Maschinenbau). */
export const ENGLISH_TICKETS: DemoTicketText[] = [
  {
    type: P,
    severity: 1,
    title: 'Checkout of purchase requisitions fails in production',
    description: 'Since the 06:00 release every requisition checkout returns an error 500.',
    reproductionSteps: '1. Create a requisition\n2. Click Checkout',
    businessImpact: 'No purchase can be made across 14 plants.',
    documentIds: ['REQ-55120'],
    environment: PROD,
  },
  {
    type: P,
    severity: 2,
    title: 'Invoice matching marks paid invoices as unmatched',
    description: 'Three-way matching flags invoices that were already paid.',
    reproductionSteps: 'Open invoice INV-88231 and run matching',
    businessImpact: 'Duplicate payment risk; AP team checks by hand.',
    documentIds: ['INV-88231', 'PO-40012'],
    environment: PROD,
  },
  {
    type: Q,
    severity: 4,
    title: 'How do we delegate approvals during vacation?',
    description: 'Our CFO is away for two weeks. Can approvals be delegated temporarily?',
  },
  {
    type: S,
    severity: 4,
    title: 'Refresh the sandbox from production',
    description: 'Please refresh our sandbox for the Q1 upgrade tests. Any time this week.',
    environment: TEST,
  },
  {
    type: I,
    severity: 3,
    title: 'ERP connector drops supplier updates',
    description: 'Supplier address changes made in the ERP do not arrive in the platform.',
  },
  {
    type: P,
    severity: 3,
    title: 'Expense report totals round differently in EUR',
    description: 'Totals differ by one cent from the sum of the lines for some reports.',
    reproductionSteps: 'Open ER-7719 and compare the lines with the total',
    businessImpact: 'Finance reconciles by hand every month.',
    documentIds: ['ER-7719'],
    environment: PROD,
  },
  {
    type: Q,
    severity: 4,
    title: 'Which API scopes does the reporting export need?',
    description: 'We are building a nightly export and want the least privileges.',
  },
  {
    type: S,
    severity: 4,
    title: 'Enable SSO for the new subsidiary domain',
    description: 'Please add hudson-organics.example.com to our SSO configuration.',
  },
  {
    type: I,
    severity: 3,
    title: 'New integration with our warehouse system',
    description: 'We would like to send goods receipts from the WMS automatically.',
  },
  {
    type: P,
    severity: 2,
    title: 'Approval emails arrive hours late',
    description: 'Approval notifications arrive 3-4 hours after the request.',
    reproductionSteps: 'Submit any requisition above the approval limit',
    businessImpact: 'Urgent orders miss supplier cut-off times.',
    environment: PROD,
  },
];
