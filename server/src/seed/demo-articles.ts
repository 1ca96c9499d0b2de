/** One demo article in both languages. */
export interface DemoArticle {
  slug: string;
  category: string;
  ja: { title: string; body: string };
  en: { title: string; body: string };
}

/** Knowledge-base categories of the demo, in order. */
export const DEMO_CATEGORIES = [
  { slug: 'getting-started', nameEn: 'Getting started', nameJa: 'はじめに' },
  { slug: 'authentication', nameEn: 'Sign-in and SSO', nameJa: 'ログインとSSO' },
  { slug: 'approvals', nameEn: 'Approvals', nameJa: '承認' },
  { slug: 'environments', nameEn: 'Environments', nameJa: '環境' },
  { slug: 'integrations', nameEn: 'Integrations and data', nameJa: '連携とデータ' },
];

/** The category of the source document (support-ticket-lifecycle). */
export const SOURCE_DOCUMENT_CATEGORY = 'getting-started';

/** Demo articles besides the source document. */
export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'sso-certificate-renewal',
    category: 'authentication',
    ja: {
      title: 'SSO証明書の更新手順',
      body: `IdP（IDプロバイダー）の署名証明書には有効期限があります。期限が切れると、SSOでログインできなくなります。

## 事前に確認すること

- 新しい証明書の**有効開始日**と**有効期限**
- IdP側でメタデータを公開しているURL
- 切り替え作業を行う時間帯（利用者が少ない時間をおすすめします）

## 手順

1. 管理画面で **設定 > セキュリティ > SSO** を開きます。
2. 「証明書を追加」を押し、新しい証明書（PEM形式）を貼り付けます。
3. 古い証明書を残したまま保存します。両方の証明書が有効な間はどちらでもログインできます。
4. IdP側で新しい証明書に切り替えます。
5. テストユーザーでログインできることを確認してから、古い証明書を削除します。

> 本番環境で作業する前に、テスト環境で同じ手順を確認してください。

ログインできなくなった場合は、重大度1のチケットで「SSO証明書」と記載してお問い合わせください。`,
    },
    en: {
      title: 'Renewing the SSO certificate',
      body: `The signing certificate of your identity provider (IdP) expires. Once it has expired, nobody can sign in with SSO.

## Before you start

- The **valid from** and **valid to** dates of the new certificate
- The URL where your IdP publishes its metadata
- A time for the switch (a quiet hour is best)

## Steps

1. In the admin area open **Settings > Security > SSO**.
2. Choose "Add certificate" and paste the new certificate (PEM).
3. Save while keeping the old certificate. While both are valid, either one signs users in.
4. Switch your IdP to the new certificate.
5. Check that a test user can sign in, then delete the old certificate.

> Rehearse the same steps in your test environment before you change production.

If nobody can sign in any more, open a severity 1 ticket and mention "SSO certificate".`,
    },
  },
  {
    slug: 'delegating-approvals',
    category: 'approvals',
    ja: {
      title: '休暇中の承認を代理人に委任する',
      body: `承認者が不在の間、承認依頼を別のユーザーに委任できます。

## 自分で委任を設定する

1. 右上の名前から **プロフィール > 委任** を開きます。
2. 代理人と期間（開始日・終了日）を指定します。
3. 保存すると、期間中の承認依頼は代理人にも届きます。

## 管理者が代わりに設定する

承認者が急に不在になった場合は、管理者が **ユーザー > 対象ユーザー > 委任** から設定できます。

## 注意

- 代理人の承認限度額が依頼額より低い場合、依頼は次の承認者に回ります。
- 委任期間が終わると、未処理の依頼は元の承認者に戻ります。
- 経費精算と請求書の承認は同じ設定で委任されます。`,
    },
    en: {
      title: 'Delegating approvals during a leave',
      body: `While an approver is away, their approval requests can be delegated to another user.

## Set up your own delegation

1. From your name at the top right open **Profile > Delegation**.
2. Choose the delegate and the period (start and end date).
3. Save: requests during the period also reach the delegate.

## An administrator sets it up for someone

When an approver is away unexpectedly, an administrator can set it up under **Users > the user > Delegation**.

## Good to know

- If the delegate's approval limit is lower than the amount, the request moves on to the next approver.
- When the period ends, open requests go back to the original approver.
- Expense report and invoice approvals are delegated by the same setting.`,
    },
  },
  {
    slug: 'sandbox-refresh',
    category: 'environments',
    ja: {
      title: 'サンドボックス（テスト環境）のリフレッシュ',
      body: `サンドボックスのリフレッシュでは、本番環境のデータと設定をテスト環境にコピーします。

## 依頼方法

サービスリクエストのチケットを開き、次の内容を記載してください。

- 対象のサンドボックスのURL
- 実行してほしい日時（指定がない場合は受付後5営業日以内）
- 作業の許可（チケットの「作業を許可する」にチェック）

## リフレッシュで変わること

| 項目 | リフレッシュ後 |
| --- | --- |
| 取引データ | 本番環境と同じ |
| ユーザーのメールアドレス | 誤送信を防ぐため無効化 |
| 連携の接続先 | テスト用の設定に戻す必要あり |

作業中の約2〜4時間、サンドボックスは利用できません。`,
    },
    en: {
      title: 'Refreshing a sandbox (test environment)',
      body: `A sandbox refresh copies the data and configuration of production into the test environment.

## How to ask for one

Open a service request ticket with:

- the URL of the sandbox
- when it should run (without a date: within five business days)
- your permission (tick "permission granted" on the ticket)

## What a refresh changes

| Item | After the refresh |
| --- | --- |
| Transactions | Same as production |
| Users' email addresses | Disabled, so no mail goes out by mistake |
| Integration endpoints | Must be pointed at test systems again |

The sandbox is unavailable for about two to four hours while it runs.`,
    },
  },
  {
    slug: 'csv-import-timeouts',
    category: 'integrations',
    ja: {
      title: 'CSVインポートがタイムアウトする場合',
      body: `大量のCSVインポートは、1回の処理時間が30分を超えるとタイムアウトします。

## よくある原因

- 1ファイルの行数が多すぎる（目安: 5万行以上）
- 同じ時間帯に夜間バッチや他のインポートが動いている
- 文字コードがUTF-8ではなく、変換に時間がかかっている

## 対処方法

1. ファイルを1万行ごとに分割してインポートします。
2. 文字コードを **UTF-8（BOMなし）** で保存します。
3. 夜間バッチと重ならない時間に実行します。

それでもタイムアウトする場合は、インポートのジョブIDとファイルの行数を記載してチケットを開いてください。`,
    },
    en: {
      title: 'When a CSV import times out',
      body: `A large CSV import times out when one run takes longer than 30 minutes.

## Common causes

- Too many rows in one file (rule of thumb: 50,000 rows or more)
- A nightly batch or another import runs at the same time
- The file is not UTF-8, and converting it takes time

## What to do

1. Split the file into parts of 10,000 rows and import them one by one.
2. Save the file as **UTF-8 (without BOM)**.
3. Run the import outside the nightly batch window.

If it still times out, open a ticket with the import's job ID and the number of rows.`,
    },
  },
  {
    slug: 'invoice-approval-save-failed',
    category: 'approvals',
    ja: {
      title: '請求書の承認で「保存に失敗しました」と表示される',
      body: `請求書を承認するときに「保存に失敗しました」と表示される場合、多くは承認ルートの設定が原因です。

## 確認すること

1. 請求書の金額が、承認ルートに設定された限度額の範囲内か
2. 承認者のアカウントが有効か（退職者が承認者に残っていないか）
3. 勘定科目や部門コードが無効になっていないか

## それでも解決しない場合

すべての請求書で発生し、支払処理が止まっている場合は **重大度1** でチケットを開き、請求書のID（例: INV-20261130-0042）を入力してください。`,
    },
    en: {
      title: 'Invoice approval says "Save failed"',
      body: `When approving an invoice shows "Save failed", the approval chain's configuration is the usual cause.

## Check

1. Is the invoice amount within the limits of the approval chain?
2. Are the approvers' accounts active (no one who left the company still in the chain)?
3. Are the account code and cost center still valid?

## Still failing?

If it happens for every invoice and payments are blocked, open a **severity 1** ticket and enter the invoice ID (for example INV-20261130-0042).`,
    },
  },
];
