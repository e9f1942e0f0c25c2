<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
    <context>
        <name>Accounts</name>
        <message>
            <source>The username contains an invalid character.</source>
            <translation>ユーザー名に使用できない文字が含まれています。</translation>
        </message>
        <message>
            <source>Enter a username.</source>
            <translation>ユーザー名を入力してください。</translation>
        </message>
        <message>
            <source>The username is too long (at most %1 characters).</source>
            <translation>ユーザー名が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The username is too short (at least %1 characters).</source>
            <translation>ユーザー名が短すぎます（%1文字以上）。</translation>
        </message>
        <message>
            <source>Use only letters a–z, digits and . _ - in a username, starting with a letter or digit.</source>
            <translation>ユーザー名には半角の英小文字（a～z）、数字、「.」「_」「-」のみを使用し、先頭は英字または数字にしてください。</translation>
        </message>
        <message>
            <source>Enter a display name.</source>
            <translation>表示名を入力してください。</translation>
        </message>
        <message>
            <source>The display name is too long (at most %1 characters).</source>
            <translation>表示名が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The display name contains an invalid character.</source>
            <translation>表示名に使用できない文字が含まれています。</translation>
        </message>
        <message>
            <source>Too weak</source>
            <translation>非常に弱い</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>弱い</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>普通</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>良好</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>強い</translation>
        </message>
        <message>
            <source>The password contains an invalid character.</source>
            <translation>パスワードに使用できない文字が含まれています。</translation>
        </message>
        <message>
            <source>Enter a password.</source>
            <translation>パスワードを入力してください。</translation>
        </message>
        <message>
            <source>The password is too long (at most %1 characters).</source>
            <translation>パスワードが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters (%2 suggested).</source>
            <translation>パスワードは%1文字以上にしてください（%2文字以上を推奨）。</translation>
        </message>
        <message>
            <source>This password is too common or too close to your name. Choose another.</source>
            <translation>このパスワードはよく使われているか、名前に似すぎています。別のパスワードを指定してください。</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>2つのパスワードが一致しません。</translation>
        </message>
        <message>
            <source>Only an active advisor can be appointed responsible person for posts. Managers approve posts anyway; administrators do not approve posts.</source>
            <translation>投稿の担当責任者に任命できるのは、有効な相談員だけです。管理責任者はもともと投稿を承認でき、システム管理者は投稿を承認しません。</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>役割を選択してください。</translation>
        </message>
        <message>
            <source>This username is already taken.</source>
            <translation>このユーザー名は既に使用されています。</translation>
        </message>
        <message>
            <source>This user is deactivated.</source>
            <translation>このユーザーは無効化されています。</translation>
        </message>
        <message>
            <source>The office needs at least one active administrator.</source>
            <translation>事務所には有効なシステム管理者が少なくとも1人必要です。</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>自分のアカウントは無効化できません。</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>新しいパスワードには現在のパスワードと異なるものを指定してください。</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Platform</source>
            <translation>プラットフォーム</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>アカウント名</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>プラットフォーム：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>アカウント名：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス：</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>アカウントを追加</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <source>The office's own published contact details</source>
            <translation>事務所が公開している連絡先</translation>
        </message>
        <message>
            <source>Phone numbers, e-mail and postal addresses the office publishes itself, one per line. Screening does not flag them as personal data. Links to the homepage accounts' sites count as the office's own.</source>
            <translation>事務所自身が公開している電話番号、メールアドレス、住所を1行に1つずつ入力します。事前チェックでは、これらを個人情報として検出しません。ホームページのアカウントのサイトへのリンクは、事務所自身のものとして扱われます。</translation>
        </message>
        <message>
            <source>Save contact details</source>
            <translation>連絡先を保存</translation>
        </message>
        <message>
            <source>Not in use</source>
            <translation>未使用</translation>
        </message>
        <message>
            <source>The account was added.</source>
            <translation>アカウントを追加しました。</translation>
        </message>
        <message>
            <source>Choose an account in the list first.</source>
            <translation>先に一覧からアカウントを選択してください。</translation>
        </message>
        <message>
            <source>The account was changed.</source>
            <translation>アカウントを変更しました。</translation>
        </message>
        <message>
            <source>The contact details were saved.</source>
            <translation>連絡先を保存しました。</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. Ask the caller which one is theirs.</source>
            <extracomment>Misspellings heard on the phone that edit distance alone misses or gets wrong (wrong second-level domain, romaji spellings), features.md §5. Suffixes under which people register names, longest first so ``ne.jp`` beats ``jp``. Top-level domain typos fixed when the rest of the domain is left untouched. Mobile-carrier domains that issued RFC-violating local parts before 2009. Carrier mailboxes that often block mail from computers (ドメイン指定受信).</extracomment>
            <translation>auのメールアドレスの末尾は au.com（2018年以降）または ezweb.ne.jp です。どちらを使用しているか相談者に確認してください。</translation>
        </message>
        <message>
            <source>SoftBank mail addresses end in softbank.ne.jp or, on an iPhone, in i.softbank.jp. Ask the caller which one is theirs.</source>
            <translation>SoftBankのメールアドレスの末尾は softbank.ne.jp、iPhoneの場合は i.softbank.jp です。どちらを使用しているか相談者に確認してください。</translation>
        </message>
        <message>
            <source>Enter an e-mail address.</source>
            <translation>メールアドレスを入力してください。</translation>
        </message>
        <message>
            <source>The address has no @ sign.</source>
            <translation>アドレスに「@」がありません。</translation>
        </message>
        <message>
            <source>The address has more than one @ sign.</source>
            <translation>アドレスに「@」が複数含まれています。</translation>
        </message>
        <message>
            <source>The part before the @ sign is missing.</source>
            <translation>「@」の前の部分がありません。</translation>
        </message>
        <message>
            <source>The part after the @ sign is missing.</source>
            <translation>「@」の後の部分がありません。</translation>
        </message>
        <message>
            <source>The address contains characters that cannot be used: %1</source>
            <translation>アドレスに使用できない文字が含まれています：%1</translation>
        </message>
        <message>
            <source>The address is too long (at most 64 characters before the @ sign and 254 in all).</source>
            <translation>アドレスが長すぎます（「@」の前は64文字以内、全体で254文字以内）。</translation>
        </message>
        <message>
            <source>The part before the @ sign cannot start with a dot.</source>
            <translation>「@」の前の部分をドット（.）で始めることはできません。</translation>
        </message>
        <message>
            <source>Two dots in a row, or a dot just before the @ sign, are only possible in old mobile-carrier addresses. Check the address with the caller.</source>
            <translation>ドットの連続や「@」直前のドットは、携帯電話会社の古いアドレスでのみ見られるものです。相談者にアドレスを確認してください。</translation>
        </message>
        <message>
            <source>The part after the @ sign is not a valid domain (for example gmail.com).</source>
            <translation>「@」の後の部分が有効なドメイン（例：gmail.com）ではありません。</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>有効なメールアドレスではありません。</translation>
        </message>
        <message>
            <source>This old carrier address does not follow the e-mail standard (two dots in a row or a dot just before the @ sign). Some senders cannot deliver to it; tell the caller.</source>
            <translation>この携帯電話会社の古いアドレスはメールの規格に準拠していません（ドットの連続、または「@」直前のドット）。送信元によっては配信できないため、相談者にお伝えください。</translation>
        </message>
        <message>
            <source>Mobile-carrier mailboxes often refuse mail sent from computers. Ask the caller to allow mail from our domain (domain-specified reception).</source>
            <translation>携帯電話会社のメールは、パソコンから送信されたメールを受信拒否することがよくあります。当事務所のドメインからのメールを受信できるよう設定（ドメイン指定受信）を相談者に依頼してください。</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>%1 ではありませんか？</translation>
        </message>
        <message>
            <source>%1 or %2?</source>
            <translation>%1 と %2 のどちらですか？</translation>
        </message>
    </context>
    <context>
        <name>AllPostsTab</name>
        <message>
            <source>Calendar of posts</source>
            <translation>投稿のカレンダー</translation>
        </message>
        <message>
            <source>Show the whole month</source>
            <translation>月全体を表示</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状態:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>アカウント:</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>カレンダー</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Posts of the chosen period</source>
            <translation>選んだ期間の投稿</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>さらに表示</translation>
        </message>
        <message>
            <source>Open in the review</source>
            <translation>承認画面で開く</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>すべてのアカウント</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>approved, not yet published</source>
            <translation>承認済み・未公開</translation>
        </message>
        <message>
            <source>published</source>
            <translation>公開済み</translation>
        </message>
        <message>
            <source>Posts of %1</source>
            <translation>%1 の投稿</translation>
        </message>
        <message>
            <source>Posts from %1 to %2</source>
            <translation>%1 から %2 までの投稿</translation>
        </message>
        <message>
            <source>%1 posts shown.</source>
            <translation>%1 件を表示しています。</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>(former staff)</source>
            <translation>（退職者）</translation>
        </message>
        <message>
            <source>Only a post waiting for approval opens in the review.</source>
            <translation>承認画面で開けるのは承認待ちの投稿だけです。</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The automatic monthly backup failed. Ask the administrator to check the backup location.</source>
            <translation>毎月の自動バックアップに失敗しました。バックアップ先の確認をシステム管理者に依頼してください。</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>SNS account changed</source>
            <translation>SNSアカウントの変更</translation>
        </message>
        <message>
            <source>SNS account added</source>
            <translation>SNSアカウントの追加</translation>
        </message>
        <message>
            <source>Audit log signed</source>
            <translation>監査ログの署名</translation>
        </message>
        <message>
            <source>Audit log protection started</source>
            <translation>監査ログの保護開始</translation>
        </message>
        <message>
            <source>Audit log loss found</source>
            <translation>監査ログの欠落を検出</translation>
        </message>
        <message>
            <source>Audit log rolled back by a restore</source>
            <translation>復元による監査ログの巻き戻し</translation>
        </message>
        <message>
            <source>Audit log verified</source>
            <translation>監査ログの検証</translation>
        </message>
        <message>
            <source>Audit log viewed</source>
            <translation>監査ログの閲覧</translation>
        </message>
        <message>
            <source>Monthly backup made</source>
            <translation>月次バックアップの作成</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>バックアップの作成</translation>
        </message>
        <message>
            <source>Test restore</source>
            <translation>復元テスト</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>バックアップからの復元</translation>
        </message>
        <message>
            <source>Restore started</source>
            <translation>復元の開始</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>同意の記録</translation>
        </message>
        <message>
            <source>Consent record corrected</source>
            <translation>同意記録の訂正</translation>
        </message>
        <message>
            <source>Contact name or memo corrected</source>
            <translation>連絡先の氏名・メモを修正</translation>
        </message>
        <message>
            <source>Consent certificate made</source>
            <translation>同意証明書を作成</translation>
        </message>
        <message>
            <source>Contact viewed</source>
            <translation>連絡先の閲覧</translation>
        </message>
        <message>
            <source>Contact list viewed</source>
            <translation>連絡先一覧の閲覧</translation>
        </message>
        <message>
            <source>Send-list eligibility refreshed</source>
            <translation>送信リストの配信可否を更新</translation>
        </message>
        <message>
            <source>Duplicate check keys renewed</source>
            <translation>重複確認キーの更新</translation>
        </message>
        <message>
            <source>Evidence record added</source>
            <translation>証拠記録の追加</translation>
        </message>
        <message>
            <source>Evidence record retired</source>
            <translation>証拠記録の使用終了</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>監査ログの出力</translation>
        </message>
        <message>
            <source>Consent records exported</source>
            <translation>同意記録の出力</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>出力の失敗</translation>
        </message>
        <message>
            <source>Contacts left out of the send list viewed</source>
            <translation>配信リストから除外された連絡先を閲覧</translation>
        </message>
        <message>
            <source>Interrupted export cleaned up</source>
            <translation>中断した出力の後始末</translation>
        </message>
        <message>
            <source>Send list exported</source>
            <translation>配信リストの出力</translation>
        </message>
        <message>
            <source>Training report exported</source>
            <translation>研修報告の出力</translation>
        </message>
        <message>
            <source>Landing-page addresses imported</source>
            <translation>LPからの取り込み</translation>
        </message>
        <message>
            <source>Incident recorded</source>
            <translation>インシデントの記録</translation>
        </message>
        <message>
            <source>Incident updated</source>
            <translation>インシデントの更新</translation>
        </message>
        <message>
            <source>Database integrity checked</source>
            <translation>データベースの整合性を検査</translation>
        </message>
        <message>
            <source>Database key changed</source>
            <translation>データベース鍵の変更</translation>
        </message>
        <message>
            <source>Key file restored from its copy</source>
            <translation>鍵ファイルを控えから復元</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>ログイン失敗</translation>
        </message>
        <message>
            <source>Office moved onto the office server</source>
            <translation>事務所のデータをサーバーへ移行</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>Login paused after failures</source>
            <translation>失敗が続いたためログインを一時停止</translation>
        </message>
        <message>
            <source>Office created</source>
            <translation>事務所の作成</translation>
        </message>
        <message>
            <source>Marked as a demo office</source>
            <translation>デモ用事務所に設定</translation>
        </message>
        <message>
            <source>Refused: not permitted</source>
            <translation>権限がないため拒否</translation>
        </message>
        <message>
            <source>Post approved within a scope</source>
            <translation>スコープ内で投稿を承認</translation>
        </message>
        <message>
            <source>Post copied into a new draft</source>
            <translation>投稿を複製して新しい下書きを作成</translation>
        </message>
        <message>
            <source>Post corrected</source>
            <translation>投稿の訂正</translation>
        </message>
        <message>
            <source>Post reviewed</source>
            <translation>投稿の審査</translation>
        </message>
        <message>
            <source>Post edited</source>
            <translation>投稿の編集</translation>
        </message>
        <message>
            <source>Post published</source>
            <translation>投稿の公開</translation>
        </message>
        <message>
            <source>Post submitted for approval</source>
            <translation>投稿の承認申請</translation>
        </message>
        <message>
            <source>Post viewed</source>
            <translation>投稿の閲覧</translation>
        </message>
        <message>
            <source>Recovery code refused</source>
            <translation>回復コードの拒否</translation>
        </message>
        <message>
            <source>Recovery code made</source>
            <translation>回復コードの作成</translation>
        </message>
        <message>
            <source>Recovery code used</source>
            <translation>回復コードの使用</translation>
        </message>
        <message>
            <source>Data request received</source>
            <translation>開示等の請求の受付</translation>
        </message>
        <message>
            <source>Personal data deleted on request</source>
            <translation>請求による個人データの削除</translation>
        </message>
        <message>
            <source>Personal data disclosed on request</source>
            <translation>請求による個人データの開示</translation>
        </message>
        <message>
            <source>Data request updated</source>
            <translation>開示等の請求の更新</translation>
        </message>
        <message>
            <source>Yearly review recorded</source>
            <translation>年次見直しの記録</translation>
        </message>
        <message>
            <source>Approval scope changed</source>
            <translation>承認スコープの変更</translation>
        </message>
        <message>
            <source>Approval scope granted</source>
            <translation>承認スコープの付与</translation>
        </message>
        <message>
            <source>Approval scope revoked</source>
            <translation>承認スコープの取り消し</translation>
        </message>
        <message>
            <source>Consent script published</source>
            <translation>同意取得トークの公開</translation>
        </message>
        <message>
            <source>Consent script reviewed</source>
            <translation>同意取得トークの見直し</translation>
        </message>
        <message>
            <source>Office server login given a new password</source>
            <translation>事務所のサーバーの接続パスワードを変更</translation>
        </message>
        <message>
            <source>Office server database upgraded</source>
            <translation>事務所サーバーのデータベースを更新</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>ロック</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>ログアウト</translation>
        </message>
        <message>
            <source>Password confirmed again</source>
            <translation>パスワードの再確認</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <source>Backup settings changed</source>
            <translation>バックアップ設定の変更</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>設定の変更</translation>
        </message>
        <message>
            <source>Mail-service stops imported</source>
            <translation>配信サービスの停止情報の取り込み</translation>
        </message>
        <message>
            <source>Training quiz taken</source>
            <translation>研修クイズの受講</translation>
        </message>
        <message>
            <source>Demo training data added</source>
            <translation>デモ用研修データの追加</translation>
        </message>
        <message>
            <source>Training report viewed</source>
            <translation>研修報告の閲覧</translation>
        </message>
        <message>
            <source>Training settings changed</source>
            <translation>研修設定の変更</translation>
        </message>
        <message>
            <source>Unsubscribe completed</source>
            <translation>配信停止の完了</translation>
        </message>
        <message>
            <source>Unsubscribe recorded</source>
            <translation>配信停止の記録</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>ユーザーの追加</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>ユーザーの無効化</translation>
        </message>
        <message>
            <source>Demo users added</source>
            <translation>デモ用ユーザーの追加</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>パスワードの変更</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>パスワードのリセット</translation>
        </message>
        <message>
            <source>Post approver appointed or removed</source>
            <translation>投稿の担当責任者の任命・解除</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>役割の変更</translation>
        </message>
        <message>
            <source>Violation reported</source>
            <translation>違反の報告</translation>
        </message>
        <message>
            <source>Violation report updated</source>
            <translation>違反報告の更新</translation>
        </message>
        <message>
            <source>Violation list viewed</source>
            <translation>違反報告一覧の閲覧</translation>
        </message>
        <message>
            <source>Word list changed</source>
            <translation>ワードリストの変更</translation>
        </message>
        <message>
            <source>SNS account operation</source>
            <translation>SNSアカウントの操作</translation>
        </message>
        <message>
            <source>Audit log operation</source>
            <translation>監査ログの操作</translation>
        </message>
        <message>
            <source>Backup operation</source>
            <translation>バックアップの操作</translation>
        </message>
        <message>
            <source>Consent operation</source>
            <translation>同意の操作</translation>
        </message>
        <message>
            <source>Contact operation</source>
            <translation>連絡先の操作</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>Office operation</source>
            <translation>事務所の操作</translation>
        </message>
        <message>
            <source>Post operation</source>
            <translation>投稿の操作</translation>
        </message>
        <message>
            <source>Data request operation</source>
            <translation>開示等の請求の操作</translation>
        </message>
        <message>
            <source>Office server operation</source>
            <translation>事務所サーバーの操作</translation>
        </message>
        <message>
            <source>Session operation</source>
            <translation>セッションの操作</translation>
        </message>
        <message>
            <source>Training operation</source>
            <translation>研修の操作</translation>
        </message>
        <message>
            <source>User operation</source>
            <translation>ユーザーの操作</translation>
        </message>
        <message>
            <source>Violation report operation</source>
            <translation>違反報告の操作</translation>
        </message>
        <message>
            <source>Other operation</source>
            <translation>その他の操作</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>Other result</source>
            <translation>その他</translation>
        </message>
    </context>
    <context>
        <name>AuditCheck</name>
        <message>
            <source>Audit entries from number %1 on were removed (after the entry of %2).</source>
            <translation>監査記録の %1 番以降が削除されています（%2 の記録の後）。</translation>
        </message>
        <message>
            <source>Audit entries %1 to %2 are missing (%3 entries), lost between %4 and %5.</source>
            <translation>監査記録の %1 番から %2 番まで（%3 件）がありません。%4 から %5 の間に失われました。</translation>
        </message>
        <message>
            <source>Audit entry %1 is not the one recorded outside the database at %2: the log was rewritten or replaced by an older copy.</source>
            <translation>監査記録の %1 番が、%2 にデータベースの外に控えた内容と違います。記録が書き換えられたか、古いコピーに置き換えられています。</translation>
        </message>
        <message>
            <source>The audit head file next to the database is missing.</source>
            <translation>データベースの隣にある監査記録の控えファイルがありません。</translation>
        </message>
        <message>
            <source>An audit head file is damaged.</source>
            <translation>監査記録の控えファイルが壊れています。</translation>
        </message>
        <message>
            <source>An audit head file carries a signature that is not the office's: it was forged.</source>
            <translation>監査記録の控えファイルに、この事務所のものではない署名が付いています。偽造されたものです。</translation>
        </message>
        <message>
            <source>An audit head file is not signed although this office signs them: it was replaced.</source>
            <translation>この事務所では監査記録の控えファイルに署名しているのに、署名のない控えファイルがあります。差し替えられたものです。</translation>
        </message>
        <message>
            <source>An audit head file belongs to another office.</source>
            <translation>監査記録の控えファイルが別の事務所のものです。</translation>
        </message>
        <message>
            <source>The audit key record was removed: entries after number %1 may be missing.</source>
            <translation>監査記録の鍵の情報が削除されています。%1 番より後の記録が失われている可能性があります。</translation>
        </message>
        <message>
            <source>Audit entry %1 was changed, moved or written again (%2 entries before it are intact).</source>
            <translation>監査記録の %1 番が変更・移動・書き直しされています（それより前の %2 件は正常です）。</translation>
        </message>
        <message>
            <source>%1 audit entries can only be fully checked by an administrator.</source>
            <translation>%1 件の監査記録は、管理者でなければ完全には確認できません。</translation>
        </message>
        <message>
            <source>The signed checkpoint file is missing, although the log says checkpoints were signed.</source>
            <translation>署名済みチェックポイントのファイルがありません（記録上は署名されています）。</translation>
        </message>
        <message>
            <source>The signed checkpoint file is damaged.</source>
            <translation>署名済みチェックポイントのファイルが壊れています。</translation>
        </message>
        <message>
            <source>The signed checkpoint for audit entry %1 is missing from the checkpoint file.</source>
            <translation>監査記録 %1 番の署名済みチェックポイントが、チェックポイントのファイルにありません。</translation>
        </message>
        <message>
            <source>%1 signed checkpoints (for audit entries %2 to %3) are missing from the checkpoint file.</source>
            <translation>署名済みチェックポイント %1 件（監査記録 %2 番から %3 番の分）が、チェックポイントのファイルにありません。</translation>
        </message>
        <message>
            <source>A checkpoint's signature is not valid (checkpoint for entry %1).</source>
            <translation>チェックポイントの署名が正しくありません（%1 番のチェックポイント）。</translation>
        </message>
        <message>
            <source>A checkpoint belongs to another office (entry %1).</source>
            <translation>チェックポイントが別の事務所のものです（%1 番）。</translation>
        </message>
        <message>
            <source>Audit entry %1 no longer matches its signed checkpoint of %2.</source>
            <translation>監査記録の %1 番が、%2 の署名済みチェックポイントと一致しません。</translation>
        </message>
        <message>
            <source>Found at the opening of %1: audit entries %2 to %3 had been lost (between %4 and %5).</source>
            <translation>%1 に開いたときに検出：監査記録の %2 番から %3 番が失われていました（%4 から %5 の間）。</translation>
        </message>
        <message>
            <source>Found at the opening of %1: the audit log had been rewritten or replaced.</source>
            <translation>%1 に開いたときに検出：監査記録が書き換えられたか、置き換えられていました。</translation>
        </message>
        <message>
            <source>Found at the opening of %1: an audit head file was missing or damaged.</source>
            <translation>%1 に開いたときに検出：監査記録の控えファイルがないか、壊れていました。</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Entries covered</source>
            <translation>対象の記録数</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>ファイルの SHA-256</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>項目</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>新規作成</translation>
        </message>
        <message>
            <source>Added to the send list</source>
            <translation>配信リストへの追加</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>Entry number: %1</source>
            <translation>記録番号：%1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>すべての操作</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>To</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>担当者：</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>to</source>
            <translation>〜</translation>
        </message>
        <message>
            <source>Verification: not checked since this screen was opened.</source>
            <translation>検証：この画面を開いてからまだ検証していません。</translation>
        </message>
        <message>
            <source>Verify the audit log</source>
            <translation>監査ログを検証</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>全員</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>ログイン前</translation>
        </message>
        <message>
            <source>Verification: the audit log has not been verified yet.</source>
            <translation>検証：監査ログはまだ一度も検証されていません。</translation>
        </message>
        <message>
            <source>Unknown user</source>
            <translation>不明なユーザー</translation>
        </message>
        <message>
            <source>Last verification: %1 by %2, the audit log was intact.</source>
            <translation>前回の検証：%1（%2）。改ざん・欠落はありませんでした。</translation>
        </message>
        <message>
            <source>Last verification: %1 by %2 found problems. Verify again to see them.</source>
            <translation>前回の検証：%1（%2）で問題が見つかりました。内容はもう一度検証すると表示されます。</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>No entries match.</source>
            <translation>条件に合う記録はありません。</translation>
        </message>
        <message>
            <source>%1 entries shown, newest first. Scroll down for older ones.</source>
            <translation>%1 件を新しい順に表示しています。下へスクロールすると、さらに古い記録を読み込みます。</translation>
        </message>
        <message>
            <source>%1 entries shown, newest first. These are all that match.</source>
            <translation>%1 件を新しい順に表示しています。条件に合う記録はこれですべてです。</translation>
        </message>
        <message>
            <source>Verifying the audit log…</source>
            <translation>監査ログを検証しています…</translation>
        </message>
        <message>
            <source>Verifying the audit log (%1 entries)…</source>
            <translation>監査ログ（%1 件）を検証しています…</translation>
        </message>
        <message>
            <source>Verification: the audit log is intact (%1 entries checked).</source>
            <translation>検証：監査ログは改ざん・欠落なし（%1 件を確認）。</translation>
        </message>
        <message>
            <source>The audit log did not verify.</source>
            <translation>監査ログの検証に失敗しました。</translation>
        </message>
        <message>
            <source>Verification FAILED:</source>
            <translation>検証で問題が見つかりました：</translation>
        </message>
    </context>
    <context>
        <name>AuditTargets</name>
        <message>
            <source>Violation reports</source>
            <translation>違反報告</translation>
        </message>
        <message>
            <source>Recent unsubscribes</source>
            <translation>最近の配信停止</translation>
        </message>
        <message>
            <source>Unsubscribe queue</source>
            <translation>配信停止の処理待ち</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>研修</translation>
        </message>
        <message>
            <source>Rights requests</source>
            <translation>開示等の請求</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>保存期限</translation>
        </message>
        <message>
            <source>Mailbox keys</source>
            <translation>メールボックスの照合キー</translation>
        </message>
        <message>
            <source>Default settings</source>
            <translation>既定の設定</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>%1 rows checked</source>
            <translation>%1 行を確認しました</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>キャンセルしています…</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Keep between 1 and 120 backups.</source>
            <translation>保持するバックアップ数は1～120で指定してください。</translation>
        </message>
        <message>
            <source>The backup location is missing. Connect the backup drive or choose another folder.</source>
            <translation>バックアップ先が見つかりません。バックアップ用ドライブを接続するか、別のフォルダーを選択してください。</translation>
        </message>
        <message>
            <source>No verified backup exists yet.</source>
            <translation>検証済みのバックアップはまだありません。</translation>
        </message>
        <message>
            <source>The last verified backup is older than 31 days.</source>
            <translation>最後に検証したバックアップから31日以上経過しています。</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made at</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>記録数</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>設定を保存</translation>
        </message>
        <message>
            <source>Backup location:</source>
            <translation>バックアップ先：</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>保持するバックアップ数：</translation>
        </message>
        <message>
            <source>Last verified backup:</source>
            <translation>最後に検証したバックアップ：</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>今すぐバックアップ(&amp;B)</translation>
        </message>
        <message>
            <source>Test restore</source>
            <translation>復元テスト</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>復元…</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>監査ログを検証</translation>
        </message>
        <message>
            <source>A backup is the encrypted database with its key file: it opens with the passwords that were valid when it was made. Keep the backup drive away from this computer.</source>
            <translation>バックアップは、暗号化されたデータベースとその鍵ファイルで構成され、作成時点で有効だったパスワードで開くことができます。バックアップ用ドライブは、このコンピューターから離れた場所に保管してください。</translation>
        </message>
        <message>
            <source>none</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>Choose the backup location</source>
            <translation>バックアップ先の選択</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>バックアップ</translation>
        </message>
        <message>
            <source>A backup is already running; its progress is shown below.</source>
            <translation>バックアップはすでに実行中です。進み具合は下に表示されています。</translation>
        </message>
        <message>
            <source>Making and verifying the backup… You can keep working meanwhile.</source>
            <translation>バックアップを作成して検証しています… その間も作業を続けられます。</translation>
        </message>
        <message>
            <source>Copying: %p%</source>
            <translation>コピー中: %p%</translation>
        </message>
        <message>
            <source>Checking the copy (every page and every table)…</source>
            <translation>コピーを検査しています（すべてのページとすべての表）…</translation>
        </message>
        <message>
            <source>Writing the checksums and saving the backup…</source>
            <translation>チェックサムを書き込み、バックアップを保存しています…</translation>
        </message>
        <message>
            <source>Backup %1 made and verified.</source>
            <translation>バックアップ %1 を作成し、検証しました。</translation>
        </message>
        <message>
            <source>The backup was stopped because the office was locked. No partial backup was kept; it starts again at the next unlock if it is due.</source>
            <translation>ロックされたため、バックアップを中止しました。作りかけのバックアップは残していません。必要なバックアップは次のロック解除で改めて始まります。</translation>
        </message>
        <message>
            <source>Test restore of %1 passed: the database opened, its integrity checks passed and %2 audit entries verified.</source>
            <translation>%1 の復元テストに成功しました。データベースを開くことができ、整合性チェックに合格し、監査ログの記録%2件を検証しました。</translation>
        </message>
        <message>
            <source>Test restore of %1 FAILED. Keep the older backups and make a new one.</source>
            <translation>%1 の復元テストに失敗しました。古いバックアップは削除せずに保持し、新しいバックアップを作成してください。</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>先に一覧からバックアップを選択してください。</translation>
        </message>
        <message>
            <source>Restore the backup made at %1 (%2 records)? Everything entered since then is replaced. Enter your password to confirm.</source>
            <translation>%1 に作成したバックアップ（記録%2件）を復元しますか？それ以降に入力したデータはすべて置き換えられます。確認のため、パスワードを入力してください。</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>The backup was restored. Log in again.</source>
            <translation>バックアップを復元しました。もう一度ログインしてください。</translation>
        </message>
        <message>
            <source>The audit log is intact: %1 entries, %2 signed checkpoints match.</source>
            <translation>監査ログは改変されていません。記録%1件、署名付きチェックポイント%2件が一致しました。</translation>
        </message>
        <message>
            <source>Tell the privacy officer.</source>
            <translation>個人情報保護責任者に知らせてください。</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>For the person concerned</source>
            <translation>ご本人へのお渡し用</translation>
        </message>
        <message>
            <source>For an inquiry or a disclosure request</source>
            <translation>照会・開示請求への回答用</translation>
        </message>
        <message>
            <source>This contact does not exist or its data was erased.</source>
            <translation>この連絡先は存在しないか、データが消去されています。</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>はい</translation>
        </message>
        <message>
            <source>No</source>
            <translation>いいえ</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>事業者</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>現在の状態</translation>
        </message>
        <message>
            <source>On the send list</source>
            <translation>配信対象</translation>
        </message>
        <message>
            <source>Keep the record until</source>
            <translation>記録の保存期限</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>発行</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1(発行者: %2)</translation>
        </message>
        <message>
            <source>Consent certificate</source>
            <translation>同意証明書</translation>
        </message>
        <message>
            <source>All times are Japan time (yyyy/MM/dd HH:mm).</source>
            <translation>日時はすべて日本時間（yyyy/MM/dd HH:mm）です。</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>同意の記録</translation>
        </message>
        <message>
            <source>No consent was recorded.</source>
            <translation>同意の記録はありません。</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>記録</translation>
        </message>
        <message>
            <source>(corrected later)</source>
            <translation>(後に訂正)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>経路</translation>
        </message>
        <message>
            <source>Opt-in</source>
            <translation>同意</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Opt-in box ticked</source>
            <translation>同意欄のチェック</translation>
        </message>
        <message>
            <source>Notice given</source>
            <translation>通知の表示</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>ファイルからの取り込み</translation>
        </message>
        <message>
            <source>Script or notice version</source>
            <translation>トーク・通知文の版</translation>
        </message>
        <message>
            <source>SHA-256 of the text</source>
            <translation>文面の SHA-256</translation>
        </message>
        <message>
            <source>Record %1</source>
            <translation>記録 %1</translation>
        </message>
        <message>
            <source>The exact text</source>
            <translation>実際の文面</translation>
        </message>
        <message>
            <source>Unsubscribes, complaints and bounces</source>
            <translation>配信停止・苦情・不達</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>ありません。</translation>
        </message>
        <message>
            <source>What</source>
            <translation>内容</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>記録者</translation>
        </message>
        <message>
            <source>Unsubscribe requests</source>
            <translation>配信停止の申し出</translation>
        </message>
        <message>
            <source>not processed yet</source>
            <translation>未処理</translation>
        </message>
        <message>
            <source>Received %1 (%2), processed %3</source>
            <translation>%1 受付（%2）、%3 処理</translation>
        </message>
        <message>
            <source>Select a contact first.</source>
            <translation>先に連絡先を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Consent certificate</source>
            <translation>同意証明書</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>用途:</translation>
        </message>
        <message>
            <source>The certificate lists every consent record with its time, channel, advisor and the exact text with its SHA-256, the unsubscribes and bounces, and the date until which the record is kept. The PDF is not encrypted: hand it only to the person concerned or to the inquirer.</source>
            <translation>証明書には、同意の記録ごとの日時・経路・担当者・実際の文面とその SHA-256、配信停止と不達、記録の保存期限を記載します。PDF は暗号化されません。ご本人または照会元にだけお渡しください。</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF で保存…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Save the consent certificate</source>
            <translation>同意証明書の保存</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ファイル (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. SHA-256: %2</source>
            <translation>%1 に保存しました。SHA-256: %2</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>パスワードの変更</translation>
        </message>
        <message>
            <source>Your password was set by an administrator. Choose your own password now.</source>
            <translation>現在のパスワードはシステム管理者が設定したものです。ご自身のパスワードを設定してください。</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>現在のパスワード：</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>現在のパスワード</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>Municipal landing page</source>
            <translation>自治体LP</translation>
        </message>
        <message>
            <source>Other landing page</source>
            <translation>その他のLP</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>対面</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Webフォーム</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <source>✓ Correct answer</source>
            <translation>✓ 正解</translation>
        </message>
        <message>
            <source>✗ Your answer</source>
            <translation>✗ あなたの解答</translation>
        </message>
    </context>
    <context>
        <name>CompletionChart</name>
        <message>
            <source>Staff who passed, by quarter</source>
            <translation>四半期別の合格者</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>データなし</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>第%1四半期</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>%1年度</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPasswordDialog</name>
        <message>
            <source>Confirm your password</source>
            <translation>パスワードの確認</translation>
        </message>
        <message>
            <source>This action needs your password again.</source>
            <translation>この操作にはパスワードの再入力が必要です。</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>あなたのパスワード</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Choose how the address was obtained.</source>
            <translation>アドレスの取得方法を選択してください。</translation>
        </message>
        <message>
            <source>Record whether the person agreed or refused.</source>
            <translation>本人が同意したか拒否したかを記録してください。</translation>
        </message>
        <message>
            <source>Record which version of the phone script was shown to the advisor.</source>
            <translation>相談員に表示された電話用トーク台本の版を記録してください。</translation>
        </message>
        <message>
            <source>Confirm that the consent script was read to the caller before recording the agreement.</source>
            <translation>同意を記録する前に、同意取得トークを相談者に読み上げたことを確認してください。</translation>
        </message>
        <message>
            <source>Record which version of the consent wording the person saw or heard.</source>
            <translation>本人が見た、または聞いた同意文言の版を記録してください。</translation>
        </message>
        <message>
            <source>A record from a municipal landing page must say whether the opt-in box was ticked.</source>
            <translation>自治体LPからの記録には、オプトインのチェックボックスにチェックが入っていたかどうかを記載する必要があります。</translation>
        </message>
        <message>
            <source>The opt-in box was not ticked, so this record cannot be saved as an agreement.</source>
            <translation>オプトインのチェックボックスにチェックが入っていないため、この記録を同意として保存することはできません。</translation>
        </message>
        <message>
            <source>The opt-in box was ticked: record this as an agreement.</source>
            <translation>オプトインのチェックボックスにチェックが入っています。同意として記録してください。</translation>
        </message>
        <message>
            <source>Record whether the person was told that we may send information by e-mail.</source>
            <translation>メールで情報をお送りする場合があることを本人に告知したかどうかを記録してください。</translation>
        </message>
        <message>
            <source>The person was not told that we may send information by e-mail, so this cannot be saved as an agreement.</source>
            <translation>メールで情報をお送りする場合があることを本人に告知していないため、同意として保存することはできません。</translation>
        </message>
        <message>
            <source>Only a new, explicit agreement can put an address back on the list, not an import.</source>
            <translation>アドレスを配信リストに戻せるのは、新たな明示的な同意のみです。取り込みでは戻せません。</translation>
        </message>
        <message>
            <source>A re-join needs the person's agreement.</source>
            <translation>再登録には本人の同意が必要です。</translation>
        </message>
        <message>
            <source>An advisor must confirm the opt-in; an import cannot.</source>
            <translation>オプトインは相談員が確認する必要があります。取り込みでは確認できません。</translation>
        </message>
        <message>
            <source>There is no ticked municipal landing page opt-in waiting to be confirmed.</source>
            <translation>確認待ちの自治体LPのオプトイン（チェックあり）はありません。</translation>
        </message>
        <message>
            <source>A correction must name the record it corrects.</source>
            <translation>訂正には、訂正対象の記録を指定する必要があります。</translation>
        </message>
        <message>
            <source>The record to be corrected was not found.</source>
            <translation>訂正対象の記録が見つかりません。</translation>
        </message>
        <message>
            <source>Only a correction can replace another record.</source>
            <translation>他の記録を置き換えられるのは訂正のみです。</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>氏名が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The furigana is too long (at most %1 characters).</source>
            <translation>フリガナが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The memo is too long (at most %1 characters).</source>
            <translation>メモが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The call-recording reference is too long (at most %1 characters).</source>
            <translation>通話録音の参照番号が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>Say why the record is being corrected.</source>
            <translation>記録を訂正する理由を入力してください。</translation>
        </message>
        <message>
            <source>Only a capture or an earlier correction can be corrected.</source>
            <translation>訂正できるのは、取得の記録または以前の訂正のみです。</translation>
        </message>
        <message>
            <source>This record has already been corrected. Correct the latest correction instead.</source>
            <translation>この記録はすでに訂正されています。最新の訂正を訂正してください。</translation>
        </message>
        <message>
            <source>The record already has this outcome.</source>
            <translation>この記録は既にこの結果になっています。</translation>
        </message>
        <message>
            <source>The personal data of this contact has been deleted.</source>
            <translation>この連絡先の個人データは削除されています。</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPanel</name>
        <message>
            <source>History</source>
            <translation>履歴</translation>
        </message>
        <message>
            <source>Select a contact to see its history.</source>
            <translation>連絡先を選択すると、履歴が表示されます。</translation>
        </message>
        <message>
            <source>(personal data deleted)</source>
            <translation>（個人データ削除済み）</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>メモ：%1</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <source>Correct the contact</source>
            <translation>連絡先の修正</translation>
        </message>
        <message>
            <source>Address (cannot be changed)</source>
            <translation>メールアドレス（変更できません）</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Furigana</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>メールアドレス(&amp;A)：</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>氏名(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>フリガナ(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Memo:</source>
            <translation>メモ(&amp;M)：</translation>
        </message>
        <message>
            <source>The address cannot be corrected here: a different address is a different person's consent. The consent history stays as it is.</source>
            <translation>メールアドレスはここでは修正できません（別のアドレスは別の方の同意です）。同意の履歴はそのまま残ります。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>修正を保存</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>何も変更せずに閉じる</translation>
        </message>
        <message>
            <source>Select a contact in the list first.</source>
            <translation>先に一覧から連絡先を選んでください。</translation>
        </message>
    </context>
    <context>
        <name>ContactStatus</name>
        <message>
            <source>On the send list</source>
            <translation>配信リスト登録済み</translation>
        </message>
        <message>
            <source>Opt-in awaiting an advisor's confirmation</source>
            <translation>オプトイン（相談員の確認待ち）</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>同意なし</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>配信停止</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>削除済み</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>無効なアドレス</translation>
        </message>
        <message>
            <source>Address does not exist (bounced)</source>
            <translation>存在しないアドレス（不達）</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>The search text is too long (at most %1 characters).</source>
            <translation>検索文字列が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>An export needs an identifier.</source>
            <translation>出力には識別子が必要です。</translation>
        </message>
        <message>
            <source>The personal data of this contact has been deleted: there is nothing to correct.</source>
            <translation>この連絡先の個人データは削除済みのため、修正できる項目はありません。</translation>
        </message>
        <message>
            <source>Enter the name: it cannot be left empty.</source>
            <translation>氏名を入力してください（空欄にはできません）。</translation>
        </message>
        <message>
            <source>The furigana contains only spaces: type it or clear the field.</source>
            <translation>フリガナが空白だけです。フリガナを入力するか、欄を空にしてください。</translation>
        </message>
        <message>
            <source>The memo contains only spaces: type it or clear the field.</source>
            <translation>メモが空白だけです。メモを入力するか、欄を空にしてください。</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>E-mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Obtained through</source>
            <translation>受付経路</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>登録日時</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（削除済み）</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>No decision</source>
            <translation>意思表示なし</translation>
        </message>
        <message>
            <source>Unsubscribe request</source>
            <translation>配信停止依頼</translation>
        </message>
        <message>
            <source>Included in an export</source>
            <translation>出力に収録</translation>
        </message>
        <message>
            <source>Rights request</source>
            <translation>開示等の請求</translation>
        </message>
        <message>
            <source>consent script</source>
            <translation>同意取得の文言</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <translation>%1  %2：%3</translation>
        </message>
        <message>
            <source>done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>期限 %1</translation>
        </message>
        <message>
            <source>%1  %2 (%3, %4)</source>
            <translation>%1  %2（%3、%4）</translation>
        </message>
        <message>
            <source>%1  %2 (%3)</source>
            <translation>%1  %2（%3）</translation>
        </message>
        <message>
            <source>%1  %2: %3 — %4</source>
            <translation>%1  %2：%3 — %4</translation>
        </message>
        <message>
            <source>%1  %2 — %3</source>
            <translation>%1  %2 — %3</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>script: %1</source>
            <translation>文言：%1</translation>
        </message>
        <message>
            <source>corrects an earlier entry</source>
            <translation>以前の記録を訂正</translation>
        </message>
        <message>
            <source>corrected by a later entry</source>
            <translation>後の記録で訂正済み</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>メモ：%1</translation>
        </message>
        <message>
            <source>Call recording: %1</source>
            <translation>通話録音：%1</translation>
        </message>
        <message>
            <source>Keep the consent record until %1. %2</source>
            <translation>同意記録の保存期限：%1。%2</translation>
        </message>
        <message>
            <source>Search by address, name or furigana</source>
            <translation>アドレス、氏名、フリガナで検索</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>連絡先の検索</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>すべての状態</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>すべての受付経路</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>新しい順</translation>
        </message>
        <message>
            <source>By address</source>
            <translation>アドレス順</translation>
        </message>
        <message>
            <source>Import from a landing page…</source>
            <translation>LPから取り込み…</translation>
        </message>
        <message>
            <source>Import from the mail service…</source>
            <translation>配信サービスから取り込む…</translation>
        </message>
        <message>
            <source>Consent certificate…</source>
            <translation>同意証明書…</translation>
        </message>
        <message>
            <source>Correct name or memo…</source>
            <translation>氏名・メモを修正…</translation>
        </message>
        <message>
            <source>Correct the selected contact's name, furigana and memo (F2)</source>
            <translation>選んだ連絡先の氏名・フリガナ・メモを修正します（F2）</translation>
        </message>
        <message>
            <source>Contacts: correct the selected contact's name, furigana and memo</source>
            <translation>連絡先：選んだ連絡先の氏名・フリガナ・メモを修正</translation>
        </message>
        <message>
            <source>More than %1 contacts match.</source>
            <translation>%1件以上の連絡先が該当します。</translation>
        </message>
        <message>
            <source>%1 contact(s) match.</source>
            <translation>%1件の連絡先が該当します。</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct an entry</source>
            <translation>記録の訂正</translation>
        </message>
        <message>
            <source>Entry #%1 for %2 (%3). The original stays in the history.</source>
            <translation>%2 の記録 #%1（%3）。元の記録は履歴に残ります。</translation>
        </message>
        <message>
            <source>The caller actually answered: %1</source>
            <translation>相談者の実際の回答：%1</translation>
        </message>
        <message>
            <source>Entered by mistake (wrong caller or address): void it</source>
            <translation>誤って入力した（相談者またはアドレスの誤り）：無効にする</translation>
        </message>
        <message>
            <source>The consent script was read to the caller</source>
            <translation>同意取得トークを相談者に読み上げた</translation>
        </message>
        <message>
            <source>Why is it corrected?</source>
            <translation>訂正の理由</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>理由：</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <source>Consent recorded; the address is on the send list.</source>
            <translation>同意が記録されており、このアドレスは配信リストに登録されています。</translation>
        </message>
        <message>
            <source>No consent has been recorded for this address.</source>
            <translation>このアドレスには同意が記録されていません。</translation>
        </message>
        <message>
            <source>The opt-in box on the municipal landing page was not ticked.</source>
            <translation>自治体LPでオプトインのチェックボックスにチェックが入っていません。</translation>
        </message>
        <message>
            <source>The opt-in box was ticked, but no advisor has confirmed the opt-in yet.</source>
            <translation>オプトインのチェックボックスにチェックは入っていますが、まだ相談員がオプトインを確認していません。</translation>
        </message>
        <message>
            <source>The phone consent script was not confirmed as read to the caller.</source>
            <translation>電話での同意取得トークを相談者に読み上げたことが確認されていません。</translation>
        </message>
        <message>
            <source>The notice that we may send information by e-mail was not given.</source>
            <translation>メールで情報をお送りする場合があることの告知が行われていません。</translation>
        </message>
        <message>
            <source>The consent has expired.</source>
            <translation>同意の有効期限が切れています。</translation>
        </message>
        <message>
            <source>The consent record does not say how it was obtained.</source>
            <translation>同意の記録に取得方法が記載されていません。</translation>
        </message>
        <message>
            <source>The person refused to receive e-mail from us.</source>
            <translation>本人がメールの受信を拒否しています。</translation>
        </message>
        <message>
            <source>The person asked to stop receiving e-mail.</source>
            <translation>本人からメール配信の停止を求められています。</translation>
        </message>
        <message>
            <source>The person refused or unsubscribed; a later imported record does not put the address back on the list.</source>
            <translation>本人が拒否または配信停止しているため、後から取り込んだ記録によってこのアドレスが配信リストに戻ることはありません。</translation>
        </message>
        <message>
            <source>The mail service reported that the address does not exist (a hard bounce).</source>
            <translation>配信サービスから、このアドレスは存在しないと報告されました（ハードバウンス）。</translation>
        </message>
        <message>
            <source>The person marked our mail as spam at the mail service; this stops all mail like an unsubscribe.</source>
            <translation>配信サービスで当方のメールが迷惑メールとして報告されました。配信停止と同じく、すべての配信を止めます。</translation>
        </message>
        <message>
            <source>The personal data has been deleted.</source>
            <translation>個人データは削除されています。</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>メールアドレスが無効です。</translation>
        </message>
        <message>
            <source>An unsubscribe request was received and is not processed yet; the address is left out from now on.</source>
            <translation>配信停止の依頼を受け付け、まだ処理していません。この時点から配信リストに含めません。</translation>
        </message>
        <message>
            <source>Another spelling of this mailbox (Gmail dots, +tags) refused, unsubscribed or is on the suppression list.</source>
            <translation>同じメールボックスの別の表記（Gmail のドット、+タグ）が拒否・配信停止したか、配信停止リストに載っています。</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Date and time</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>担当者</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>対象</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>ログイン前</translation>
        </message>
        <message>
            <source>Unknown user</source>
            <translation>不明なユーザー</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Nothing was saved. The details are in the log file %1.</source>
            <translation>問題が発生しました。何も保存されていません。詳しい情報はログファイル %1 に記録されています。</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Capture</source>
            <translation>取得</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>訂正</translation>
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation>配信停止</translation>
        </message>
        <message>
            <source>Re-join</source>
            <translation>再登録</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Opt-in confirmed</source>
            <translation>オプトイン確認</translation>
        </message>
        <message>
            <source>Bounced at the mail service</source>
            <translation>配信サービスで不達</translation>
        </message>
        <message>
            <source>Complaint at the mail service</source>
            <translation>配信サービスで迷惑メール報告</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Send list</source>
            <translation>配信リスト</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>同意記録</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>監査ログ</translation>
        </message>
        <message>
            <source>Training report</source>
            <translation>研修レポート</translation>
        </message>
        <message>
            <source>Choose Excel (.xlsx) or CSV.</source>
            <translation>Excel (.xlsx) または CSV を選択してください。</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>開始日が終了日より後になっています。</translation>
        </message>
        <message>
            <source>Only Excel files can be protected with a password.</source>
            <translation>パスワードで保護できるのはExcelファイルのみです。</translation>
        </message>
        <message>
            <source>Enter a file password. An export is never written unprotected by an empty password.</source>
            <translation>ファイルのパスワードを入力してください。空のパスワードで保護なしの出力は行いません。</translation>
        </message>
        <message>
            <source>The file password cannot be only spaces.</source>
            <translation>ファイルのパスワードを空白だけにすることはできません。</translation>
        </message>
        <message>
            <source>The file password must have at least %1 characters.</source>
            <translation>ファイルパスワードは%1文字以上にしてください。</translation>
        </message>
        <message>
            <source>The file password is too long (at most %1 characters).</source>
            <translation>ファイルのパスワードが長すぎます（%1文字まで）。</translation>
        </message>
        <message>
            <source>The file password contains an invalid character.</source>
            <translation>ファイルのパスワードに使えない文字が含まれています。</translation>
        </message>
        <message>
            <source>The file password is too easy to guess (repeated characters, common words or patterns). Use the generated passphrase or a longer one.</source>
            <translation>ファイルのパスワードが推測されやすすぎます（同じ文字の繰り返し、よく使われる語や並び）。作成したパスフレーズか、より長いものを使ってください。</translation>
        </message>
        <message>
            <source>The file password must not be your login password. Use the generated passphrase.</source>
            <translation>ファイルのパスワードにログインパスワードは使えません。作成したパスフレーズを使ってください。</translation>
        </message>
        <message>
            <source>This kind of export is not available yet.</source>
            <translation>この種類の出力はまだ利用できません。</translation>
        </message>
        <message>
            <source>The two file passwords do not match.</source>
            <translation>2つのファイルパスワードが一致しません。</translation>
        </message>
        <message>
            <source>Some mail-footer items are missing in 管理 → 設定. Every mail must carry them (特定電子メール法 Art. 4).</source>
            <translation>メールの表示義務項目の一部が「管理 → 設定」で未設定です。すべてのメールに記載が必要です（特定電子メール法第4条）。</translation>
        </message>
        <message>
            <source>Some mail-footer items are missing from the office settings. Every mail must carry them (特定電子メール法 Art. 4). Ask an administrator to fill them in.</source>
            <translation>事務所の設定に、メールの表示義務項目の未設定があります。すべてのメールに記載が必要です（特定電子メール法第4条）。システム管理者に設定を依頼してください。</translation>
        </message>
        <message>
            <source>A mail-service format is only for the send list.</source>
            <translation>配信サービス用の形式は配信リストにだけ使えます。</translation>
        </message>
        <message>
            <source>This mail-service format is not known. Known formats: %1.</source>
            <translation>この配信サービス用の形式はありません。使える形式：%1</translation>
        </message>
        <message>
            <source>Files for a mail service cannot be protected with a password. Use Excel (.xlsx) for a protected file.</source>
            <translation>配信サービス用のファイルにはパスワードを付けられません。パスワード付きのファイルが必要なときは Excel（.xlsx）を選んでください。</translation>
        </message>
        <message>
            <source>Files for a mail service are not encrypted. Confirm that before exporting them.</source>
            <translation>配信サービス用のファイルは暗号化されません。そのことを確認してから出力してください。</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Export</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Only this period:</source>
            <translation>この期間のみ：</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>期間の開始日</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>期間の終了日</translation>
        </message>
        <message>
            <source>e.g. login or export (empty: all actions)</source>
            <translation>例：login、export（空欄の場合はすべての操作）</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>すべての受付経路</translation>
        </message>
        <message>
            <source>One address (empty: all)</source>
            <translation>特定のアドレス（空欄の場合はすべて）</translation>
        </message>
        <message>
            <source>Excel (.xlsx)</source>
            <translation>Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV (UTF-8 with BOM)</source>
            <translation>CSV（UTF-8、BOM付き）</translation>
        </message>
        <message>
            <source>None (the Excel or CSV file above)</source>
            <translation>使わない（上の Excel または CSV）</translation>
        </message>
        <message>
            <source>Protect the file with a password</source>
            <translation>ファイルをパスワードで保護する</translation>
        </message>
        <message>
            <source>Make a passphrase</source>
            <translation>パスフレーズを作成</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>出力対象：</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>期間：</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>受付経路：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス：</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>操作：</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式：</translation>
        </message>
        <message>
            <source>Format for the mail service:</source>
            <translation>配信サービス用の形式：</translation>
        </message>
        <message>
            <source>File password:</source>
            <translation>ファイルパスワード：</translation>
        </message>
        <message>
            <source>Repeat file password:</source>
            <translation>ファイルパスワード（確認）：</translation>
        </message>
        <message>
            <source>The file password is separate from your login password, at least %1 characters, hard to guess, and must reach the recipient by another channel (not in the same e-mail). The passphrase made here has no look-alike letters, so it can be read out on the phone.</source>
            <translation>ファイルのパスワードはログインパスワードとは別のものにし、%1文字以上で推測されにくいものにしてください。相手には別の手段で伝えてください（同じメールには書かないでください）。ここで作成するパスフレーズには見間違えやすい文字がないので、電話で読み上げて伝えられます。</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>Show who is &amp;left out…</source>
            <translation>除外された連絡先(&amp;L)…</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>集計中…</translation>
        </message>
        <message>
            <source>%1 rows will be exported.</source>
            <translation>%1行を出力します。</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>除外：</translation>
        </message>
        <message>
            <source>・%1: %2</source>
            <translation>・%1：%2</translation>
        </message>
        <message>
            <source>The list will be split into %1 files (the mail service's size limit); each file has the header row.</source>
            <translation>リストは %1 個のファイルに分けて出力されます（配信サービスのサイズ上限のため）。どのファイルにも見出し行が入ります。</translation>
        </message>
        <message>
            <source>Files for %1 cannot be encrypted: anyone who gets them can read every address on the send list. Upload them to the service, then delete them. For a file that travels, use the password-protected Excel file instead.

Export without encryption?</source>
            <translation>%1 用のファイルは暗号化できません。ファイルを手に入れた人は誰でも配信リストのすべてのアドレスを読めます。配信サービスにアップロードしたら、ファイルは削除してください。持ち運ぶファイルには、パスワード付きの Excel ファイルを使ってください。

暗号化せずに出力しますか？</translation>
        </message>
        <message>
            <source>TSV files (*.tsv)</source>
            <translation>TSV ファイル (*.tsv)</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>出力ファイルの保存</translation>
        </message>
        <message>
            <source>Exported %1 rows in %2 files (the service's size limit): %3</source>
            <translation>%1 件を %2 個のファイルに分けて出力しました（配信サービスのサイズ上限のため）：%3</translation>
        </message>
        <message>
            <source>Exported %1 rows to %2.</source>
            <translation>%1 件を %2 に出力しました。</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256：%1</translation>
        </message>
        <message>
            <source>%1 fields are longer than the mail service accepts. They were kept whole: check those names before uploading.</source>
            <translation>%1 個の項目が配信サービスの受け付ける長さを超えています。切り詰めずにそのまま出力しました。アップロードの前に該当する氏名を確認してください。</translation>
        </message>
        <message>
            <source>%1 addresses start with = + - or @. They were kept exactly as they are; do not open the file in a spreadsheet.</source>
            <translation>%1 件のアドレスが = + - @ のいずれかで始まります。アドレスはそのまま出力しました。このファイルを表計算ソフトで開かないでください。</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Excelファイル (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>プレビュー(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>出力(&amp;E)…</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSVファイル (*.csv)</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>出力ファイルを書き込んでいます…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>出力をキャンセルしました。ファイルは書き込まれていません。</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Go to</source>
            <translation>画面の切り替え</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>%1へ移動</translation>
        </message>
        <message>
            <source>User guide for this screen</source>
            <translation>この画面の使い方</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>キーボード操作…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>使い方ガイド</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>画面</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>ガイド</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Will join the send list</source>
            <translation>配信リストに登録予定</translation>
        </message>
        <message>
            <source>No opt-in</source>
            <translation>オプトインなし</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>無効なアドレス</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>重複</translation>
        </message>
        <message>
            <source>Previously unsubscribed or refused</source>
            <translation>配信停止済みまたは拒否済み</translation>
        </message>
        <message>
            <source>Refused in the file</source>
            <translation>ファイルで拒否</translation>
        </message>
        <message>
            <source>Row error</source>
            <translation>行エラー</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <extracomment>The fields a file can fill, in display order.</extracomment>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Furigana</source>
            <translation>フリガナ</translation>
        </message>
        <message>
            <source>Opt-in (wants e-mail)</source>
            <translation>オプトイン（メール希望）</translation>
        </message>
        <message>
            <source>Date submitted</source>
            <translation>送信日</translation>
        </message>
        <message>
            <source>Choose the source: municipal landing page or other landing page.</source>
            <translation>取り込み元（自治体LPまたはその他のLP）を選択してください。</translation>
        </message>
        <message>
            <source>No e-mail address column was found. Choose the column that holds the addresses.</source>
            <translation>メールアドレスの列が見つかりません。アドレスが入っている列を選んでください。</translation>
        </message>
        <message>
            <source>A file from a municipal landing page needs its opt-in column (for example 配信希望). Choose it.</source>
            <translation>自治体LPのファイルにはオプトインの列（例：配信希望）が必要です。その列を選んでください。</translation>
        </message>
        <message>
            <source>The column %1 is not in the file.</source>
            <translation>列 %1 がファイルにありません。</translation>
        </message>
        <message>
            <source>Unknown field %1. Use email, name, furigana, opt_in or date.</source>
            <translation>不明なフィールド %1 です。email、name、furigana、opt_in、date のいずれかを使用してください。</translation>
        </message>
        <message>
            <source>The column %1 is chosen for two fields.</source>
            <translation>列 %1 が2つのフィールドに対応付けられています。</translation>
        </message>
        <message>
            <source>The contacts changed since the preview (%1 rows would now be treated differently). Preview the file again.</source>
            <translation>プレビューの後に連絡先が変更されました（%1行の扱いが変わります）。もう一度プレビューしてください。</translation>
        </message>
        <message>
            <source>The file changed (or can no longer be read) since the preview. Nothing was imported. Preview the file again.</source>
            <translation>プレビューの後にファイルが変更されたか、読めなくなりました。何も取り込んでいません。もう一度プレビューしてください。</translation>
        </message>
        <message>
            <source>No row of this file would be imported.</source>
            <translation>このファイルには取り込まれる行がありません。</translation>
        </message>
        <message>
            <source>Joins the send list.</source>
            <translation>配信リストに登録されます。</translation>
        </message>
        <message>
            <source>Opt-in ticked; joins when you confirm the import.</source>
            <translation>オプトインにチェックあり。取り込みを確定すると配信リストに登録されます。</translation>
        </message>
        <message>
            <source>The opt-in box was not ticked; kept as a record, not sent to.</source>
            <translation>オプトインのチェックボックスにチェックが入っていません。記録として保存しますが、配信はしません。</translation>
        </message>
        <message>
            <source>The opt-in column says no; this row is not imported.</source>
            <translation>オプトインの列が「いいえ」のため、この行は取り込みません。</translation>
        </message>
        <message>
            <source>The opt-in value %1 is not recognised; treated as not ticked.</source>
            <translation>オプトインの値 %1 を認識できません。チェックなしとして扱います。</translation>
        </message>
        <message>
            <source>The same address as row %1.</source>
            <translation>%1行目と同じアドレスです。</translation>
        </message>
        <message>
            <source>The file says this person does not want e-mail; recorded as a refusal and kept off every send list.</source>
            <translation>ファイルに配信を希望しないと記載されています。拒否として記録し、すべての配信リストから除外します。</translation>
        </message>
        <message>
            <source>Already on the send list.</source>
            <translation>既に配信リストに登録されています。</translation>
        </message>
        <message>
            <source>Already known; no new opt-in in this row.</source>
            <translation>登録済みのアドレスです。この行に新たなオプトインはありません。</translation>
        </message>
        <message>
            <source>Refused earlier; an import cannot put the address back.</source>
            <translation>以前に拒否済みです。取り込みによってアドレスを配信リストに戻すことはできません。</translation>
        </message>
        <message>
            <source>Unsubscribed earlier; an import cannot put the address back.</source>
            <translation>以前に配信停止済みです。取り込みによってアドレスを配信リストに戻すことはできません。</translation>
        </message>
        <message>
            <source>Deleted on request earlier; an import cannot add the address again.</source>
            <translation>以前に本人の請求により削除済みです。取り込みによってアドレスを再度追加することはできません。</translation>
        </message>
        <message>
            <source>The mail service reported that this address does not exist; an import cannot put it back.</source>
            <translation>配信サービスからこのアドレスは存在しないと報告されています。取り込みで配信リストに戻すことはできません。</translation>
        </message>
        <message>
            <source>The date %1 cannot be read (use for example 2026/11/20 10:15).</source>
            <translation>日付 %1 を読み取れません（例：2026/11/20 10:15 の形式で入力してください）。</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>日付 %1 は未来の日付です。</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>氏名が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The furigana is too long (at most %1 characters).</source>
            <translation>フリガナが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it exists and that you may read it.</source>
            <translation>ファイルを開けませんでした。ファイルが存在し、読み取り権限があることを確認してください。</translation>
        </message>
        <message>
            <source>The file is too large (more than %1 MB).</source>
            <translation>ファイルが大きすぎます（%1 MBを超えています）。</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>ファイルが空です。</translation>
        </message>
        <message>
            <source>The file has a header row but no data rows.</source>
            <translation>ファイルに見出し行はありますが、データ行がありません。</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as "CSV UTF-8" and try again.</source>
            <translation>ファイルはUTF-8でもShift_JIS（CP932）でもありません。「CSV UTF-8」形式で保存し直してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and try again.</source>
            <translation>ファイルがUTF-16（「Unicode テキスト」）で保存されています。「CSV UTF-8」形式で保存し直してから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The file is not a CSV or Excel (.xlsx) file.</source>
            <translation>このファイルはCSVファイルでもExcel (.xlsx) ファイルでもありません。</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV UTF-8.</source>
            <translation>古い形式のExcelファイル（.xls）は読み取れません。.xlsx または CSV UTF-8 形式で保存し直してください。</translation>
        </message>
        <message>
            <source>The Excel file could not be read. It may be damaged.</source>
            <translation>Excel ファイルを読み込めませんでした。ファイルが壊れている可能性があります。</translation>
        </message>
        <message>
            <source>This workbook is protected with a password. Remove the password in Excel, save it again and import that file.</source>
            <translation>このブックはパスワードで保護されています。Excel でパスワードを解除して保存し直し、そのファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>This workbook contains macros, which an import does not accept. In Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that file.</source>
            <translation>このブックにはマクロが含まれているため取り込めません。Excel で「Excel ブック (.xlsx)」または「CSV UTF-8」として保存し、そのファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>This workbook takes values from other files (external links), so what it shows may not be what it holds. In Excel, break the links or save it as "CSV UTF-8" and import that file.</source>
            <translation>このブックは他のファイルの値を参照しています（外部リンク）。表示されている内容とファイルの中身が異なる可能性があるため取り込めません。Excel でリンクを解除するか「CSV UTF-8」として保存し、そのファイルを取り込んでください。</translation>
        </message>
        <message>
            <source>The Excel file contains damaged or unsafe XML (for example entity definitions) and was not read.</source>
            <translation>Excel ファイルに壊れた、または安全でない XML（エンティティ定義など）が含まれているため、読み込みませんでした。</translation>
        </message>
        <message>
            <source>The Excel file is too large when unpacked: %2 MB, the limit is %1 MB.</source>
            <translation>Excel ファイルは展開すると大きすぎます（%2 MB。上限は %1 MB です）。</translation>
        </message>
        <message>
            <source>The Excel file is packed suspiciously tightly (%2 to 1; the limit is %1 to 1). It was not read.</source>
            <translation>Excel ファイルの圧縮率が不自然に高いため（%2 対 1。上限は %1 対 1 です）、読み込みませんでした。</translation>
        </message>
        <message>
            <source>The Excel file holds too many different texts: more than %1 (the limit).</source>
            <translation>Excel ファイルに含まれる文字列の種類が多すぎます（上限の %1 を超えています）。</translation>
        </message>
        <message>
            <source>The file has %2 rows; the limit is %1 rows. Split it into smaller files.</source>
            <translation>ファイルの行数は %2 行で、上限の %1 行を超えています。ファイルを分割してください。</translation>
        </message>
        <message>
            <source>Row %2 is too long: more than %1 characters (the limit).</source>
            <translation>%2 行目が長すぎます（上限の %1 文字を超えています）。</translation>
        </message>
        <message>
            <source>A cell of the Excel file holds more than %1 characters (the limit).</source>
            <translation>Excel ファイルのセルに、上限の %1 文字を超える文字列があります。</translation>
        </message>
        <message>
            <source>Row %1 could not be read: %2</source>
            <translation>%1行目を読み取れませんでした：%2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from a landing page</source>
            <translation>LPからの取り込み</translation>
        </message>
        <message>
            <source>CSV (UTF-8 or Shift_JIS) or Excel (.xlsx) file</source>
            <translation>CSV（UTF-8 または Shift_JIS）または Excel (.xlsx) ファイル</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル：</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>取り込み元：</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>列の対応付け</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>（ファイルにない）</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>What importing will do</source>
            <translation>取り込むと行われること</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>行数</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>例</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>詳細</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>取り込み</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Opt-in wording on the page:</source>
            <translation>ページ上のオプトインの文言：</translation>
        </message>
        <message>
            <source>I have checked that the rows marked to join ticked the opt-in box (advisor's confirmation).</source>
            <translation>登録予定の行でオプトインのチェックボックスにチェックが入っていることを確認しました（相談員による確認）。</translation>
        </message>
        <message>
            <source>Notice shown on the page:</source>
            <translation>ページに表示された告知：</translation>
        </message>
        <message>
            <source>I have checked that the page showed this notice that we may send information by e-mail.</source>
            <translation>メールで情報をお送りする場合があるというこの告知が、ページに表示されていたことを確認しました。</translation>
        </message>
        <message>
            <source>Choose the landing-page file</source>
            <translation>LPのファイルの選択</translation>
        </message>
        <message>
            <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
            <translation>CSVまたはExcelファイル (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>先にファイルを選択してください。</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>ファイルを読み込んで確認しています…</translation>
        </message>
        <message>
            <source>%1 rows read (%2, %3). Wording: %4.</source>
            <translation>%1行を読み込みました（%2、%3）。文言：%4。</translation>
        </message>
        <message>
            <source>The table shows the first rows of each outcome (%1 of %2 rows).</source>
            <translation>表には結果ごとに最初の数行だけを表示しています（%2行のうち%1行）。</translation>
        </message>
        <message>
            <source>This file was imported before (%1). Those rows show as duplicates.</source>
            <translation>このファイルは以前に取り込まれています（%1）。該当する行は重複として表示されます。</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>取り込んでいます…</translation>
        </message>
        <message>
            <source>Imported: %1 new contacts, %2 on the send list (import #%3).</source>
            <translation>取り込みました：新しい連絡先 %1件、配信リスト登録 %2件（取り込み #%3）。</translation>
        </message>
    </context>
    <context>
        <name>InScopeTab</name>
        <message>
            <source>Submitted</source>
            <translation>申請日時</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>投稿</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>範囲</translation>
        </message>
        <message>
            <source>Why approval could not be obtained</source>
            <translation>了承を得られなかった理由</translation>
        </message>
        <message>
            <source>Posts that went out within a pre-approved scope without individual approval. The guideline allows this only when approval cannot be obtained; the author's reason is shown for each.</source>
            <translation>あらかじめ承認を得た範囲内で、個別の了承なしに発信された投稿です。ガイドラインでは、やむを得ず了承を得ることができない場合に限り認められています。投稿ごとに作成者が記録した理由を表示します。</translation>
        </message>
        <message>
            <source>Scope %1</source>
            <translation>範囲 %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
    </context>
    <context>
        <name>IncidentsTab</name>
        <message>
            <source>Recorded</source>
            <translation>記録日時</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>発生内容</translation>
        </message>
        <message>
            <source>Address of the offending account or post, report number</source>
            <translation>問題のアカウントまたは投稿のアドレス、通報番号</translation>
        </message>
        <message>
            <source>Takedown requested on</source>
            <translation>削除依頼日</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類：</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>アカウント：</translation>
        </message>
        <message>
            <source>Platform reference:</source>
            <translation>プラットフォーム上の参照情報：</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>発生内容：</translation>
        </message>
        <message>
            <source>Actions taken:</source>
            <translation>対応内容：</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>結果：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状態：</translation>
        </message>
        <message>
            <source>Record new incident</source>
            <translation>新規インシデントを記録</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <source>Flaming: stay calm, do not argue, correct mistakes instead of deleting. Impersonation: ask the platform to remove it and record the date. False posts: post the correct information.</source>
            <translation>炎上：冷静に対応し、反論せず、誤りは削除せずに訂正してください。なりすまし：プラットフォームに削除を依頼し、その日付を記録してください。虚偽の投稿：正しい情報を投稿してください。</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>（なし）</translation>
        </message>
        <message>
            <source>The incident was recorded.</source>
            <translation>インシデントを記録しました。</translation>
        </message>
        <message>
            <source>Choose an incident in the list first.</source>
            <translation>先に一覧からインシデントを選択してください。</translation>
        </message>
        <message>
            <source>The incident was updated.</source>
            <translation>インシデントを更新しました。</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>en</source>
            <translation>ja</translation>
        </message>
    </context>
    <context>
        <name>LeftOutDialog</name>
        <message>
            <source>Contacts left out of the send list</source>
            <translation>除外された連絡先</translation>
        </message>
        <message>
            <source>Reason left out</source>
            <translation>除外の理由</translation>
        </message>
        <message>
            <source>All reasons (%1)</source>
            <translation>すべての理由（%1件）</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>すべての理由</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2件）</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>理由(&amp;R)：</translation>
        </message>
        <message>
            <source>Contacts left out</source>
            <translation>除外された連絡先の一覧</translation>
        </message>
        <message>
            <source>Nobody listed here receives the send list. To change a contact, find it on the Contacts page.</source>
            <translation>ここに載っている連絡先には配信しません。連絡先の状態を変えるときは、連絡先の画面で探してください。</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Close the list</source>
            <translation>一覧を閉じる</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message>
            <source>Nobody is left out for this reason.</source>
            <translation>この理由で除外された連絡先はありません。</translation>
        </message>
        <message>
            <source>%1 contacts shown. Scroll down for more.</source>
            <translation>%1件を表示しています。下へスクロールすると続きを表示します。</translation>
        </message>
        <message>
            <source>%1 contacts shown. These are all.</source>
            <translation>%1件を表示しています。これですべてです。</translation>
        </message>
    </context>
    <context>
        <name>LeftOutModel</name>
        <message>
            <source>Reason</source>
            <translation>除外の理由</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>受付経路</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>判定の日時</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>詳しい理由</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（削除済み）</translation>
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>New post</source>
            <translation>新規投稿</translation>
        </message>
        <message>
            <source>Copy into a new draft</source>
            <translation>複製して下書きに</translation>
        </message>
        <message>
            <source>Start a new draft with the text, account and scope of the rejected or sent-back post chosen in the list. Its review history is not copied.</source>
            <translation>一覧で選んだ却下または修正依頼の投稿の本文、アカウント、事前承認の範囲を引き継いで新しい下書きを作ります。承認の履歴は引き継ぎません。</translation>
        </message>
        <message>
            <source>Copy the chosen post into a new draft</source>
            <translation>選んだ投稿を複製して新しい下書きにする</translation>
        </message>
        <message>
            <source>Copied into a new draft (version %1). The original post stays as it was.</source>
            <translation>新しい下書きに複製しました（版 %1）。元の投稿はそのまま残ります。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Madoguchi</source>
            <translation>Madoguchiにログイン</translation>
        </message>
        <message>
            <source>Unlock Madoguchi</source>
            <translation>Madoguchiのロック解除</translation>
        </message>
        <message>
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <source>The session was locked. Enter your password to continue.</source>
            <translation>セッションがロックされました。続行するにはパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>ユーザー名：</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>パスワード：</translation>
        </message>
        <message>
            <source>Choose the new connection file…</source>
            <translation>新しい接続ファイルを選ぶ…</translation>
        </message>
        <message>
            <source>Demo office: these accounts exist only in this throw-away office.</source>
            <translation>デモ用事務所：これらのアカウントは、この使い捨ての事務所にのみ存在します。</translation>
        </message>
        <message>
            <source>%1 / %2  (%3)</source>
            <translation>%1 / %2 （%3）</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>ロック解除</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>ログイン</translation>
        </message>
        <message>
            <source>Use recovery code…</source>
            <translation>回復コードを使用…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>The connection file was replaced. Log in again.</source>
            <translation>接続ファイルを置き換えました。もう一度ログインしてください。</translation>
        </message>
        <message>
            <source>Key file damaged</source>
            <translation>鍵ファイルの破損</translation>
        </message>
        <message>
            <source>Open the office with the previous copy of the key file?</source>
            <translation>鍵ファイルの一つ前の控えで事務所を開きますか？</translation>
        </message>
    </context>
    <context>
        <name>MailImport</name>
        <message>
            <source>The file could not be opened. Check that it exists and that you may read it.</source>
            <translation>ファイルを開けませんでした。ファイルがあること、読み取りの権限があることを確認してください。</translation>
        </message>
        <message>
            <source>The file was not recognised as an unsubscribe, bounce or complaint list of Mailchimp, SendGrid, Brevo, Benchmark Email, blastmail or listmonk, nor as a plain list of addresses. Choose the format by hand if you know it.</source>
            <translation>Mailchimp、SendGrid、Brevo、ベンチマークEメール、ブラストメール、listmonk の配信停止・不達・苦情のリストとしても、アドレスだけの一覧としても認識できませんでした。形式が分かる場合は手動で選んでください。</translation>
        </message>
        <message>
            <source>The ZIP file could not be read. It may be damaged or incomplete.</source>
            <translation>ZIPファイルを読み取れませんでした。壊れているか、ダウンロードが途中で終わっている可能性があります。</translation>
        </message>
        <message>
            <source>The ZIP file holds no CSV file.</source>
            <translation>ZIPファイルにCSVファイルが入っていません。</translation>
        </message>
        <message>
            <source>The file %1 inside the ZIP file is too large when unpacked (more than %2 MB, or more than %3 times its packed size). It was not read.</source>
            <translation>ZIPファイル内の %1 は展開すると大きすぎます（%2 MB超、または圧縮時の %3 倍超）。読み込みませんでした。</translation>
        </message>
        <message>
            <source>The file could not be read as a list in UTF-8 or Shift_JIS.</source>
            <translation>ファイルを UTF-8 または Shift_JIS の一覧として読み込めませんでした。</translation>
        </message>
        <message>
            <source>The file is too large (more than %1 MB).</source>
            <translation>ファイルが大きすぎます（%1 MB超）。</translation>
        </message>
        <message>
            <source>Unsubscribed now</source>
            <translation>今回配信停止</translation>
        </message>
        <message>
            <source>Complaint (unsubscribed now)</source>
            <translation>迷惑メール報告（今回配信停止）</translation>
        </message>
        <message>
            <source>Hard bounce (taken off every send list)</source>
            <translation>ハードバウンス（すべての配信リストから除外）</translation>
        </message>
        <message>
            <source>Already off the send list (no change)</source>
            <translation>すでに配信停止済み（変更なし）</translation>
        </message>
        <message>
            <source>Agreed again at the office after the service's date (no change)</source>
            <translation>サービス側の日時より後に事務所で再同意あり（変更なし）</translation>
        </message>
        <message>
            <source>Address not in the office (nothing recorded)</source>
            <translation>事務所にないアドレス（記録しません）</translation>
        </message>
        <message>
            <source>Soft bounce (counted only)</source>
            <translation>ソフトバウンス（件数のみ）</translation>
        </message>
        <message>
            <source>Still subscribed (no change)</source>
            <translation>配信中のまま（変更なし）</translation>
        </message>
        <message>
            <source>Row without a usable address</source>
            <translation>使えるアドレスのない行</translation>
        </message>
        <message>
            <source>Repeated address (counted once)</source>
            <translation>重複したアドレス（1件として数えます）</translation>
        </message>
        <message>
            <source>The file changed since the preview. Preview it again.</source>
            <translation>プレビューの後にファイルが変更されました。もう一度プレビューしてください。</translation>
        </message>
    </context>
    <context>
        <name>MailService</name>
        <message>
            <source>CSV (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV（UTF-8 BOM付き・Excelで開けます）</translation>
        </message>
        <message>
            <source>CSV (Shift_JIS)</source>
            <translation>CSV（Shift_JIS）</translation>
        </message>
        <message>
            <source>Mailchimp</source>
            <translation>Mailchimp</translation>
        </message>
        <message>
            <source>SendGrid Marketing Campaigns</source>
            <translation>SendGrid Marketing Campaigns</translation>
        </message>
        <message>
            <source>Brevo</source>
            <translation>Brevo</translation>
        </message>
        <message>
            <source>Benchmark Email</source>
            <translation>ベンチマークEメール</translation>
        </message>
        <message>
            <source>blastmail</source>
            <translation>ブラストメール</translation>
        </message>
        <message>
            <source>listmonk</source>
            <translation>listmonk</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>配信停止</translation>
        </message>
        <message>
            <source>Complaint (marked as spam)</source>
            <translation>苦情（迷惑メール報告）</translation>
        </message>
        <message>
            <source>Hard bounce (the address does not exist)</source>
            <translation>恒久的な不達（アドレスが存在しません）</translation>
        </message>
        <message>
            <source>Soft bounce (counted only)</source>
            <translation>一時的な不達（件数のみ記録）</translation>
        </message>
        <message>
            <source>Still subscribed (no change)</source>
            <translation>配信中（変更なし）</translation>
        </message>
        <message>
            <source>Row without a usable address</source>
            <translation>使えるアドレスのない行</translation>
        </message>
        <message>
            <source>Mailchimp export</source>
            <translation>Mailchimp のエクスポート</translation>
        </message>
        <message>
            <source>SendGrid suppression list</source>
            <translation>SendGrid の配信除外リスト</translation>
        </message>
        <message>
            <source>Brevo blocklist</source>
            <translation>Brevo のブロックリスト</translation>
        </message>
        <message>
            <source>Benchmark Email unsubscribe or bounce list</source>
            <translation>ベンチマークEメールの配信停止リスト・無効アドレスリスト</translation>
        </message>
        <message>
            <source>blastmail reader list</source>
            <translation>ブラストメールの読者一覧</translation>
        </message>
        <message>
            <source>listmonk subscriber export</source>
            <translation>listmonk の購読者エクスポート</translation>
        </message>
        <message>
            <source>A plain list of addresses</source>
            <translation>アドレスだけの一覧</translation>
        </message>
    </context>
    <context>
        <name>MailSync</name>
        <message>
            <source>The unsubscribes and bounces have not been imported from the mail service since the last send list was exported.</source>
            <translation>前回の配信リスト出力の後、配信サービスから配信停止・不達を取り込んでいません。</translation>
        </message>
        <message>
            <source>The last import from the mail service is more than %1 days old.</source>
            <translation>配信サービスからの最後の取り込みから %1 日を超えています。</translation>
        </message>
        <message>
            <source>Give a reason for exporting without importing from the mail service first.</source>
            <translation>配信サービスから取り込まずに出力する理由を入力してください。</translation>
        </message>
        <message>
            <source>The reason contains an invalid character.</source>
            <translation>理由に使用できない文字が含まれています。</translation>
        </message>
        <message>
            <source>The reason is too long (at most %1 characters).</source>
            <translation>理由が長すぎます（%1 文字まで）。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Phone entry</source>
            <translation>電話受付</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>連絡先</translation>
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation>配信停止</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>投稿</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>出力</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>研修</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>管理</translation>
        </message>
        <message>
            <source>Madoguchi — %1</source>
            <translation>Madoguchi — %1</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>監査ログ</translation>
        </message>
        <message>
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>ユーザー(&amp;U)</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>パスワードの変更…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>ロック</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>ログアウト</translation>
        </message>
        <message>
            <source>Report a violation…</source>
            <translation>違反を報告…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>表示(&amp;V)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ヘルプ(&amp;H)</translation>
        </message>
        <message>
            <source>About Madoguchi</source>
            <translation>Madoguchiについて</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>ロック中</translation>
        </message>
        <message>
            <source>Office: %1 (on the office server) | User: %2 | Role: %3</source>
            <translation>事務所：%1（事務所のサーバー） | ユーザー：%2 | 役割：%3</translation>
        </message>
        <message>
            <source>Office: %1 | User: %2 | Role: %3</source>
            <translation>事務所：%1 | ユーザー：%2 | 役割：%3</translation>
        </message>
    </context>
    <context>
        <name>MediaRow</name>
        <message>
            <source>File name or short description</source>
            <translation>ファイル名または簡単な説明</translation>
        </message>
        <message>
            <source>People can be identified</source>
            <translation>人物を特定できる</translation>
        </message>
        <message>
            <source>Their portrait consent was obtained</source>
            <translation>肖像の使用について本人の同意を得た</translation>
        </message>
        <message>
            <source>Contains someone else's work</source>
            <translation>他者の著作物を含む</translation>
        </message>
        <message>
            <source>Text, pictures, music, logos or characters made by someone else</source>
            <translation>他者が作成した文章、画像、音楽、ロゴ、キャラクター</translation>
        </message>
        <message>
            <source>Personal information is visible</source>
            <translation>個人情報が写っている</translation>
        </message>
        <message>
            <source>Name tags, addresses, screens, number plates</source>
            <translation>名札、住所、画面、ナンバープレート</translation>
        </message>
        <message>
            <source>Permission to use it was obtained</source>
            <translation>使用の許諾を得た</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>削除</translation>
        </message>
    </context>
    <context>
        <name>MyPostsModel</name>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>更新日時</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordInput</name>
        <message>
            <source>Password:</source>
            <translation>パスワード：</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>パスワード（確認）：</translation>
        </message>
        <message>
            <source>At least 8 characters; 15 or more is better. A short sentence works well.</source>
            <translation>8文字以上（15文字以上を推奨）。短い文章にすると効果的です。</translation>
        </message>
        <message>
            <source>Strength: %1. The two passwords do not match yet.</source>
            <translation>強度：%1。2つのパスワードがまだ一致していません。</translation>
        </message>
        <message>
            <source>Strength: %1.</source>
            <translation>強度：%1。</translation>
        </message>
    </context>
    <context>
        <name>NewRequestDialog</name>
        <message>
            <source>New rights request</source>
            <translation>開示等の請求の新規登録</translation>
        </message>
        <message>
            <source>e.g. the person (by phone), or a reference number</source>
            <translation>例：本人（電話）、または参照番号</translation>
        </message>
        <message>
            <source>How the identity was checked</source>
            <translation>本人確認の方法</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類：</translation>
        </message>
        <message>
            <source>Requester:</source>
            <translation>請求者：</translation>
        </message>
        <message>
            <source>E-mail address concerned:</source>
            <translation>対象のメールアドレス：</translation>
        </message>
        <message>
            <source>Identity check:</source>
            <translation>本人確認：</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>受付日：</translation>
        </message>
        <message>
            <source>The due date is set 10 business days after the date received; change it in the ledger if needed.</source>
            <translation>期限は受付日の10営業日後に設定されます。必要に応じて台帳で変更してください。</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>新規ユーザー</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>ユーザー名：</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation>表示名：</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>役割：</translation>
        </message>
        <message>
            <source>Initial password (the user must change it at the first login):</source>
            <translation>初期パスワード（初回ログイン時にユーザーによる変更が必要）：</translation>
        </message>
    </context>
    <context>
        <name>NotAvailablePage</name>
        <message>
            <source>This area is not available yet in this version of Madoguchi.</source>
            <translation>この機能は、このバージョンのMadoguchiではまだ利用できません。</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Waiting times must be 1 to 30 business days.</source>
            <translation>待ち日数は 1〜30 営業日で指定してください。</translation>
        </message>
        <message>
            <source>The escalation time must be longer than the waiting time.</source>
            <translation>エスカレーションまでの日数は、承認者へ知らせる日数より長くしてください。</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>（本文なし）</translation>
        </message>
        <message>
            <source>Your post “%1” was approved by %2 (%3).</source>
            <translation>投稿「%1」が %2 さんに承認されました（%3）。</translation>
        </message>
        <message>
            <source>Your post “%1” was sent back for changes by %2 (%3). Open Posts to see why.</source>
            <translation>投稿「%1」が %2 さんから修正依頼で差し戻されました（%3）。理由は「投稿」画面で確認してください。</translation>
        </message>
        <message>
            <source>Your post “%1” was rejected by %2 (%3).</source>
            <translation>投稿「%1」が %2 さんに却下されました（%3）。</translation>
        </message>
        <message>
            <source>Escalated: the post “%1” by %2 has waited %3 business days for approval. Make sure someone reviews it.</source>
            <translation>エスカレーション：%2 さんの投稿「%1」が %3 営業日承認を待っています。誰かが確認するよう手配してください。</translation>
        </message>
        <message>
            <source>The post “%1” by %2 has waited %3 business days for approval.</source>
            <translation>%2 さんの投稿「%1」が %3 営業日承認を待っています。</translation>
        </message>
        <message>
            <source>Notifications…</source>
            <translation>お知らせ…</translation>
        </message>
        <message>
            <source>You have %1 new notification(s).</source>
            <translation>新しいお知らせが %1 件あります。</translation>
        </message>
    </context>
    <context>
        <name>NotificationsButton</name>
        <message>
            <source>Notifications %1</source>
            <translation>お知らせ %1</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>お知らせ</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <source>Notifications</source>
            <translation>お知らせ</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>既読にする</translation>
        </message>
        <message>
            <source>Mark all as read</source>
            <translation>すべて既読にする</translation>
        </message>
        <message>
            <source>Nothing new.</source>
            <translation>新しいお知らせはありません。</translation>
        </message>
        <message>
            <source>Waiting times for approval</source>
            <translation>承認待ちのお知らせ</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> 営業日</translation>
        </message>
        <message>
            <source>Tell the approvers after</source>
            <translation>承認者へ知らせるまでの日数</translation>
        </message>
        <message>
            <source>Escalate after</source>
            <translation>エスカレーションまでの日数</translation>
        </message>
        <message>
            <source>Escalation approvers</source>
            <translation>エスカレーション先</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Save waiting times</source>
            <translation>日数を保存</translation>
        </message>
        <message>
            <source>Tell the approvers after:</source>
            <translation>承認者へ知らせるまで：</translation>
        </message>
        <message>
            <source>Escalate after:</source>
            <translation>エスカレーションまで：</translation>
        </message>
        <message>
            <source>Escalate to (none ticked: every administrator):</source>
            <translation>エスカレーション先（未選択ならシステム管理者全員）：</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <source>Enter the office name (at most 200 characters).</source>
            <translation>事務所名を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>Enter how to reach the privacy officer (at most 200 characters).</source>
            <translation>個人情報保護責任者の連絡先を入力してください（200文字以内）。</translation>
        </message>
        <message>
            <source>Enter the username of an active administrator of this office.</source>
            <translation>この事務所の有効なシステム管理者のユーザー名を入力してください。</translation>
        </message>
    </context>
    <context>
        <name>OfficeSettings</name>
        <message>
            <source>Sender name</source>
            <translation>送信者の名称</translation>
        </message>
        <message>
            <source>Sender's postal address</source>
            <translation>送信者の住所</translation>
        </message>
        <message>
            <source>Opt-out e-mail address or URL</source>
            <translation>配信停止の受付先（メールアドレスまたはURL）</translation>
        </message>
        <message>
            <source>Statement that the reader can opt out</source>
            <translation>配信停止できる旨の記載</translation>
        </message>
        <message>
            <source>Contact for complaints and inquiries</source>
            <translation>苦情・問い合わせの連絡先</translation>
        </message>
        <message>
            <source>%1 contains an invalid character.</source>
            <translation>「%1」に使用できない文字が含まれています。</translation>
        </message>
        <message>
            <source>Fill in %1.</source>
            <translation>「%1」を入力してください。</translation>
        </message>
        <message>
            <source>%1 is too long (at most %2 characters).</source>
            <translation>「%1」が長すぎます（%2文字以内）。</translation>
        </message>
        <message>
            <source>The auto-lock time must be 1 to 120 minutes.</source>
            <translation>自動ロックまでの時間は1～120分で指定してください。</translation>
        </message>
        <message>
            <source>The unsubscribe deadline must be 1 to 30 business days.</source>
            <translation>配信停止の処理期限は1～30営業日で指定してください。</translation>
        </message>
        <message>
            <source>Most rows in one imported file</source>
            <extracomment>How the settings screen and its messages name each limit (translatable, context "OfficeSettings").</extracomment>
            <translation>1ファイルの最大行数</translation>
        </message>
        <message>
            <source>Largest Excel file, unpacked (MB)</source>
            <translation>Excelファイルの展開後の最大サイズ（MB）</translation>
        </message>
        <message>
            <source>Highest packing ratio of an Excel file</source>
            <translation>Excelファイルの最大圧縮率</translation>
        </message>
        <message>
            <source>Most different texts in an Excel file</source>
            <translation>Excelファイル内の文字列の最大種類数</translation>
        </message>
        <message>
            <source>Longest line of a CSV file (characters)</source>
            <translation>CSVファイルの1行の最大文字数</translation>
        </message>
        <message>
            <source>The most rows in one imported file must be a whole number from %1 to %2.</source>
            <extracomment>The message for a limit out of its range: a whole sentence per limit, the range as %1 and %2.</extracomment>
            <translation>1ファイルの最大行数は%1〜%2の整数で入力してください。</translation>
        </message>
        <message>
            <source>The largest unpacked size of an Excel file must be from %1 to %2 MB.</source>
            <translation>Excelファイルの展開後の最大サイズは%1〜%2 MBで入力してください。</translation>
        </message>
        <message>
            <source>The highest packing ratio of an Excel file must be from %1 to %2.</source>
            <translation>Excelファイルの最大圧縮率は%1〜%2で入力してください。</translation>
        </message>
        <message>
            <source>The most different texts in an Excel file must be a whole number from %1 to %2.</source>
            <translation>Excelファイル内の文字列の最大種類数は%1〜%2の整数で入力してください。</translation>
        </message>
        <message>
            <source>The longest line of a CSV file must be from %1 to %2 characters.</source>
            <translation>CSVファイルの1行の最大文字数は%1〜%2文字で入力してください。</translation>
        </message>
        <message>
            <source>The import from the mail service may be at most 1 to 90 days old.</source>
            <translation>配信サービスからの取り込みの期限は 1〜90 日で指定してください。</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>事務所名</translation>
        </message>
        <message>
            <source>Privacy officer</source>
            <translation>個人情報保護責任者</translation>
        </message>
        <message>
            <source>Privacy officer's contact</source>
            <translation>個人情報保護責任者の連絡先</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <source>Consent obtained</source>
            <translation>同意取得</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒否</translation>
        </message>
    </context>
    <context>
        <name>PasswordLineEdit</name>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>Show or hide the password</source>
            <translation>パスワードの表示/非表示を切り替え</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>非表示</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>受験回数</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>最高得点</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>合格日</translation>
        </message>
        <message>
            <source>%1 (deactivated)</source>
            <translation>%1（無効）</translation>
        </message>
        <message>
            <source>%1 / %2 (%3)</source>
            <translation>%1 / %2（%3）</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Script versions…</source>
            <translation>トーク台本の版…</translation>
        </message>
        <message>
            <source>Caller's language:</source>
            <translation>相談者の言語：</translation>
        </message>
        <message>
            <source>Tick each paragraph (Space) once you have read it to the caller.</source>
            <translation>各段落を相談者に読み上げたら、チェックを入れてください（Space）。</translation>
        </message>
        <message>
            <source>E-mail address as the caller says it</source>
            <translation>相談者が伝えたとおりのメールアドレス</translation>
        </message>
        <message>
            <source>e.g. the call-recording ID</source>
            <translation>例：通話録音の参照番号</translation>
        </message>
        <message>
            <source>&amp;Agreed</source>
            <translation>同意(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Refused</source>
            <translation>拒否(&amp;R)</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>保存（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Clear (Esc)</source>
            <translation>クリア（Esc）</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>備考</translation>
        </message>
        <message>
            <source>&amp;Correct the selected entry…</source>
            <translation>選択した記録を訂正(&amp;C)…</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>メールアドレス：</translation>
        </message>
        <message>
            <source>Read back:</source>
            <translation>復唱：</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>氏名：</translation>
        </message>
        <message>
            <source>Furigana:</source>
            <translation>フリガナ：</translation>
        </message>
        <message>
            <source>Memo:</source>
            <translation>メモ：</translation>
        </message>
        <message>
            <source>Call recording:</source>
            <translation>通話録音：</translation>
        </message>
        <message>
            <source>Today's entries</source>
            <translation>本日の受付</translation>
        </message>
        <message>
            <source>Read to the caller</source>
            <translation>相談者に読み上げ済み</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>無効化済み</translation>
        </message>
        <message>
            <source>Correction of #%1</source>
            <translation>#%1 の訂正</translation>
        </message>
        <message>
            <source>Re-joined</source>
            <translation>再登録</translation>
        </message>
        <message>
            <source>(corrected)</source>
            <translation>（訂正済み）</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（削除済み）</translation>
        </message>
        <message>
            <source>Will be saved as: %1</source>
            <translation>次のとおり保存されます：%1</translation>
        </message>
        <message>
            <source>Did you mean %1? (Alt+S)</source>
            <translation>%1 ではありませんか？（Alt+S）</translation>
        </message>
        <message>
            <source>This address was deleted at the person's request. It can be added again only with a new, explicit agreement now.</source>
            <translation>このアドレスは本人の請求により削除されています。再度追加するには、今回新たに明示的な同意を得る必要があります。</translation>
        </message>
        <message>
            <source>Known address: %1 — %2</source>
            <translation>登録済みのアドレス：%1 — %2</translation>
        </message>
        <message>
            <source>Same mailbox as the address on record: %1 (the provider ignores dots and +tags). The entry is saved to that record.</source>
            <translation>登録済みのアドレス %1 と同じメールボックスです（このプロバイダーはドットや＋以降を区別しません）。記録はそのアドレスに保存されます。</translation>
        </message>
        <message>
            <source>Name on record: %1</source>
            <translation>登録されている氏名：%1</translation>
        </message>
        <message>
            <source>This address refused or unsubscribed earlier. It joins the send list again only if the caller now agrees explicitly.</source>
            <translation>このアドレスは以前に拒否または配信停止されています。相談者が今回明示的に同意した場合にのみ、配信リストに再登録されます。</translation>
        </message>
        <message>
            <source>&amp;Yearly review…</source>
            <translation>年次見直し(&amp;Y)…</translation>
        </message>
        <message>
            <source>Phone entry: save the entry</source>
            <translation>電話受付：記録を保存</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Not reviewed for over a year: %1. Check them and record the review (Yearly review…).</source>
            <translation>1年以上見直されていません: %1。内容を確認し、見直しを記録してください（年次見直し…）。</translation>
        </message>
        <message>
            <source>Not reviewed for over a year: %1. Ask a manager to check them and record the review.</source>
            <translation>1年以上見直されていません: %1。管理責任者に確認と見直しの記録を依頼してください。</translation>
        </message>
        <message>
            <source>Agreed is possible once every paragraph is ticked as read.</source>
            <translation>すべての段落に読み上げ済みのチェックを入れると、「同意」を選択できます。</translation>
        </message>
        <message>
            <source>Agreed now puts the address back on the send list.</source>
            <translation>「同意」を選択すると、このアドレスは配信リストに再登録されます。</translation>
        </message>
        <message>
            <source>Choose whether the caller agreed or refused.</source>
            <translation>相談者が同意したか拒否したかを選択してください。</translation>
        </message>
        <message>
            <source>Saved: %1 agreed again and is back on the send list.</source>
            <translation>保存しました：%1 は再度同意し、配信リストに再登録されました。</translation>
        </message>
        <message>
            <source>Saved: %1 agreed and is on the send list.</source>
            <translation>保存しました：%1 は同意し、配信リストに登録されました。</translation>
        </message>
        <message>
            <source>Saved: %1 agreed, but is not on the send list: %2</source>
            <translation>保存しました：%1 は同意しましたが、配信リストには登録されていません：%2</translation>
        </message>
        <message>
            <source>Saved: %1 refused and has left the send list.</source>
            <translation>保存しました：%1 は拒否し、配信リストから外れました。</translation>
        </message>
        <message>
            <source>Saved: %1 refused; no e-mail will be sent to it.</source>
            <translation>保存しました：%1 は拒否しました。このアドレスにはメールを送信しません。</translation>
        </message>
        <message>
            <source>Select the entry to correct in the list of today's entries.</source>
            <translation>本日の受付一覧から、訂正する記録を選択してください。</translation>
        </message>
        <message>
            <source>This entry has already been corrected. Correct the latest correction.</source>
            <translation>この記録は既に訂正されています。最新の訂正を訂正してください。</translation>
        </message>
        <message>
            <source>Correction saved. The address is now: %1.</source>
            <translation>訂正を保存しました。このアドレスの現在の状態：%1。</translation>
        </message>
    </context>
    <context>
        <name>Platforms</name>
        <message>
            <source>Instagram</source>
            <translation>Instagram</translation>
        </message>
        <message>
            <source>Facebook</source>
            <translation>Facebook</translation>
        </message>
        <message>
            <source>X (Twitter)</source>
            <translation>X（旧Twitter）</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>ブログ</translation>
        </message>
        <message>
            <source>Homepage</source>
            <translation>ホームページ</translation>
        </message>
        <message>
            <source>characters</source>
            <translation>文字</translation>
        </message>
        <message>
            <source>weighted characters (Japanese counts 2, a link 23)</source>
            <translation>文字（重み付け：日本語は2、リンクは23としてカウント）</translation>
        </message>
        <message>
            <source>bytes (a Japanese character takes 3)</source>
            <translation>バイト（日本語は1文字3バイト）</translation>
        </message>
    </context>
    <context>
        <name>Posts</name>
        <message>
            <source>Flaming (a flood of criticism)</source>
            <translation>炎上（批判の殺到）</translation>
        </message>
        <message>
            <source>Impersonation</source>
            <translation>なりすまし</translation>
        </message>
        <message>
            <source>False post about the office</source>
            <translation>事務所に関する虚偽の投稿</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>A contact detail may be at most %1 characters long.</source>
            <translation>連絡先は1件あたり%1文字以内にしてください。</translation>
        </message>
        <message>
            <source>Choose the platform of the account.</source>
            <translation>アカウントのプラットフォームを選択してください。</translation>
        </message>
        <message>
            <source>Enter the account name (at most %1 characters).</source>
            <translation>アカウント名を入力してください（%1文字以内）。</translation>
        </message>
        <message>
            <source>Enter the address of the account as https://…, or leave it empty.</source>
            <translation>アカウントのアドレスを https://… の形式で入力するか、空欄のままにしてください。</translation>
        </message>
        <message>
            <source>Choose the kind of scope (a, b, c or d).</source>
            <translation>承認範囲の種類（a、b、c、d）を選択してください。</translation>
        </message>
        <message>
            <source>Choose at least one account the scope covers.</source>
            <translation>承認範囲の対象となるアカウントを1つ以上選択してください。</translation>
        </message>
        <message>
            <source>A scope can only be granted to active users.</source>
            <translation>承認範囲は有効なユーザーにのみ付与できます。</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>不明な役割です。</translation>
        </message>
        <message>
            <source>Grant the scope to at least one user or role.</source>
            <translation>承認範囲をユーザーまたは役割の少なくとも1つに付与してください。</translation>
        </message>
        <message>
            <source>The scope cannot end before it starts.</source>
            <translation>承認範囲の終了日を開始日より前にすることはできません。</translation>
        </message>
        <message>
            <source>The conditions or the evidence text are too long.</source>
            <translation>条件または根拠のテキストが長すぎます。</translation>
        </message>
        <message>
            <source>A revoked scope cannot be changed. Grant a new one.</source>
            <translation>取り消された承認範囲は変更できません。新しい承認範囲を付与してください。</translation>
        </message>
        <message>
            <source>Choose the account to post on.</source>
            <translation>投稿先のアカウントを選択してください。</translation>
        </message>
        <message>
            <source>The post is empty. Write the text of the post.</source>
            <translation>投稿が空です。投稿の本文を入力してください。</translation>
        </message>
        <message>
            <source>The text is too long to keep (at most %1 characters).</source>
            <translation>本文が長すぎるため保存できません（%1文字以内）。</translation>
        </message>
        <message>
            <source>A post may carry at most %1 links.</source>
            <translation>1件の投稿に含められるリンクは%1個までです。</translation>
        </message>
        <message>
            <source>Link %1 is not a web address. Enter it as https://… (one address per line).</source>
            <translation>リンク %1 はWebアドレスではありません。https://… の形式で入力してください（1行に1アドレス）。</translation>
        </message>
        <message>
            <source>A post may list at most %1 photos or videos.</source>
            <translation>1件の投稿に含められる写真・動画は%1個までです。</translation>
        </message>
        <message>
            <source>Give photo or video %1 a short description or file name (at most %2 characters).</source>
            <translation>写真・動画 %1 に簡単な説明またはファイル名を入力してください（%2文字以内）。</translation>
        </message>
        <message>
            <source>The evidence may be at most %1 characters long.</source>
            <translation>根拠は%1文字以内にしてください。</translation>
        </message>
        <message>
            <source>Only the author can change a post.</source>
            <translation>投稿を変更できるのは作成者のみです。</translation>
        </message>
        <message>
            <source>This post can no longer be changed. A published post is corrected with a correction note; a rejected post stays as it is.</source>
            <translation>この投稿はこれ以上変更できません。公開済みの投稿は訂正を記録して対応し、却下された投稿はそのまま保持されます。</translation>
        </message>
        <message>
            <source>Confirm the guideline's self-check: the changed post goes to a reviewer again.</source>
            <translation>ガイドラインのセルフチェックを確認してください。変更した投稿は再度確認者に送られます。</translation>
        </message>
        <message>
            <source>Only the author can submit a post.</source>
            <translation>投稿を提出できるのは作成者のみです。</translation>
        </message>
        <message>
            <source>Only a draft, or a post with requested changes, can be submitted.</source>
            <translation>提出できるのは、下書きまたは修正依頼を受けた投稿のみです。</translation>
        </message>
        <message>
            <source>Confirm the guideline's self-check before submitting.</source>
            <translation>提出する前に、ガイドラインのセルフチェックを確認してください。</translation>
        </message>
        <message>
            <source>Only an approved post can be recorded as published.</source>
            <translation>公開済みとして記録できるのは、承認された投稿のみです。</translation>
        </message>
        <message>
            <source>The scope that approved this post has been revoked or has expired. Submit it again so that a reviewer can approve it.</source>
            <translation>この投稿を承認した了承範囲は取り消されたか期限切れです。もう一度申請して、承認者の承認を受けてください。</translation>
        </message>
        <message>
            <source>Enter the address of the published post as https://…</source>
            <translation>公開した投稿のアドレスを https://… の形式で入力してください。</translation>
        </message>
        <message>
            <source>Enter the time of publication.</source>
            <translation>公開日時を入力してください。</translation>
        </message>
        <message>
            <source>The time of publication cannot be in the future.</source>
            <translation>公開日時に未来の日時は指定できません。</translation>
        </message>
        <message>
            <source>Corrections are recorded for published posts.</source>
            <translation>訂正は公開済みの投稿に対してのみ記録できます。</translation>
        </message>
        <message>
            <source>Write what was wrong and how it was corrected.</source>
            <translation>何が誤っていたか、どのように訂正したかを入力してください。</translation>
        </message>
        <message>
            <source>The text may be at most %1 characters long.</source>
            <translation>テキストは%1文字以内にしてください。</translation>
        </message>
        <message>
            <source>Choose the kind of incident.</source>
            <translation>インシデントの種類を選択してください。</translation>
        </message>
        <message>
            <source>Choose the status of the incident.</source>
            <translation>インシデントの状態を選択してください。</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>発生内容を入力してください。</translation>
        </message>
        <message>
            <source>The platform reference may be at most %1 characters long.</source>
            <translation>プラットフォーム上の参照情報は%1文字以内にしてください。</translation>
        </message>
        <message>
            <source>The screening found a serious issue that contradicts your self-check. Either change the post, or write why the post is acceptable all the same; a reviewer will read it.</source>
            <translation>チェックで重大な問題が見つかっており、セルフチェックの内容と食い違います。投稿を修正するか、それでも問題がない理由を書いてください。理由は承認者が確認します。</translation>
        </message>
        <message>
            <source>The explanation may be at most %1 characters long.</source>
            <translation>説明は %1 文字以内で書いてください。</translation>
        </message>
        <message>
            <source>A post within a scope goes out without approval only when approval cannot be obtained. Choose why approval cannot be obtained, or choose no scope so that a manager approves the post.</source>
            <translation>範囲内の投稿を了承なしに発信できるのは、やむを得ず了承を得ることができない場合だけです。了承を得られない理由を選ぶか、範囲を「なし」にして責任者の承認を受けてください。</translation>
        </message>
        <message>
            <source>Write in a few words why approval cannot be obtained (who is absent, or why it cannot wait).</source>
            <translation>了承を得られない理由を短く書いてください（誰が不在か、なぜ待てないか）。</translation>
        </message>
        <message>
            <source>Choose the kind of record.</source>
            <translation>記録の種類を選んでください。</translation>
        </message>
        <message>
            <source>Give the record a title (at most %1 characters).</source>
            <translation>記録の名前を入力してください（%1 文字以内）。</translation>
        </message>
        <message>
            <source>Enter the address as https://…</source>
            <translation>アドレスは https://… の形で入力してください。</translation>
        </message>
        <message>
            <source>Give the date of the event.</source>
            <translation>イベントの開催日を入力してください。</translation>
        </message>
        <message>
            <source>A published page needs its address on the organisation's own site.</source>
            <translation>公表済みのページには、自団体のサイト上のアドレスが必要です。</translation>
        </message>
        <message>
            <source>Give the date of the document's version or its address, so it can be found.</source>
            <translation>確認できるように、資料の版の日付かアドレスを入力してください。</translation>
        </message>
        <message>
            <source>This record has already been retired.</source>
            <translation>この記録はすでに使用終了になっています。</translation>
        </message>
        <message>
            <source>Only a rejected post or one sent back for changes can be copied.</source>
            <extracomment>The posts a new draft may start from: closed (rejected) or sent back for changes.</extracomment>
            <translation>複製できるのは、却下された投稿か修正依頼を受けた投稿だけです。</translation>
        </message>
    </context>
    <context>
        <name>PostsPage</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Link %1</source>
            <translation>リンク %1</translation>
        </message>
        <message>
            <source>Photo or video: %1</source>
            <translation>写真・動画：%1</translation>
        </message>
        <message>
            <source>[%1] %2</source>
            <translation>[%1] %2</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1：%2</translation>
        </message>
        <message>
            <source>%1: %2 The guideline says: "%3"</source>
            <translation>%1：%2　ガイドラインの定め：「%3」</translation>
        </message>
        <message>
            <source>No findings. Check the post yourself all the same.</source>
            <translation>検出事項はありません。それでも、投稿の内容はご自身で確認してください。</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>自分の投稿</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>アカウント：</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>本文：</translation>
        </message>
        <message>
            <source>Links (one address per line):</source>
            <translation>リンク（1行に1アドレス）：</translation>
        </message>
        <message>
            <source>Photos and video (check each one)</source>
            <translation>写真・動画（1つずつ確認）</translation>
        </message>
        <message>
            <source>Add photo or video</source>
            <translation>写真・動画を追加</translation>
        </message>
        <message>
            <source>Pre-approved scope (optional)</source>
            <translation>事前承認範囲（任意）</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>承認範囲：</translation>
        </message>
        <message>
            <source>Record:</source>
            <translation>記録：</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>根拠：</translation>
        </message>
        <message>
            <source>Screening findings</source>
            <translation>事前チェックの検出事項</translation>
        </message>
        <message>
            <source>Marked in the text: red needs a reviewer, orange needs a careful look. Click a finding to select its text.</source>
            <translation>本文に印が付いています。赤は確認者による確認が必要な箇所、オレンジは注意して見直すべき箇所です。検出事項をクリックすると、該当するテキストが選択されます。</translation>
        </message>
        <message>
            <source>Self-check of the social-media guideline</source>
            <translation>SNSガイドラインのセルフチェック</translation>
        </message>
        <message>
            <source>Before you submit, confirm each point:</source>
            <translation>提出する前に、各項目を確認してください：</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>根拠：%1</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>下書きを保存</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>提出</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>公開</translation>
        </message>
        <message>
            <source>After publishing the post on the platform, record its address and time.</source>
            <translation>プラットフォームで投稿を公開した後、そのアドレスと公開日時を記録してください。</translation>
        </message>
        <message>
            <source>Record publication</source>
            <translation>公開を記録</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス：</translation>
        </message>
        <message>
            <source>Published at:</source>
            <translation>公開日時：</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>訂正</translation>
        </message>
        <message>
            <source>A mistake is corrected, never deleted: post the correction on the platform and record it here.</source>
            <translation>誤りは削除せずに訂正します。プラットフォームに訂正を投稿し、ここに記録してください。</translation>
        </message>
        <message>
            <source>Add correction</source>
            <translation>訂正を追加</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2：%3</translation>
        </message>
        <message>
            <source>New post. Write it, check the findings and the self-check, then submit it for approval.</source>
            <translation>新規投稿です。本文を作成し、検出事項とセルフチェックを確認してから、承認を申請してください。</translation>
        </message>
        <message>
            <source>Post %1, version %2: %3</source>
            <translation>投稿 %1（第%2版）：%3</translation>
        </message>
        <message>
            <source>%1 asked for changes: %2</source>
            <translation>%1 が修正を依頼しました：%2</translation>
        </message>
        <message>
            <source>%1 rejected it: %2</source>
            <translation>%1 が却下しました：%2</translation>
        </message>
        <message>
            <source>Approved within pre-approved scope %1. You may publish it.</source>
            <translation>事前承認範囲 %1 内で承認されました。公開できます。</translation>
        </message>
        <message>
            <source>Approved by %1. You may publish it.</source>
            <translation>%1 が承認しました。公開できます。</translation>
        </message>
        <message>
            <source>No one else can approve this post yet: a post needs the approval of a manager or an appointed responsible person other than its author. Ask the administrator to appoint a responsible person for posts; the post waits until then.</source>
            <translation>この投稿を承認できる人がまだいません。投稿には、作成者以外の管理責任者または任命された担当責任者の了承が必要です。システム管理者に投稿の担当責任者の任命を依頼してください。それまで投稿は承認待ちのままです。</translation>
        </message>
        <message>
            <source>A manager or an appointed responsible person will review it.</source>
            <translation>管理責任者または任命された担当責任者が確認します。</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. Add the office's accounts under Approval → Accounts.</source>
            <translation>SNSアカウントがまだ設定されていません。事務所のアカウントを「承認 → アカウント」で追加してください。</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. A manager adds the office's accounts under Approval → Accounts, a page managers have. If the office has no manager yet, create one under Administration → Users.</source>
            <translation>SNSアカウントがまだ設定されていません。事務所のアカウントは、管理責任者が自分の画面の「承認 → アカウント」で追加します。管理責任者がまだいない場合は、「管理 → ユーザー」で作成してください。</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. Ask a manager to add the office's accounts.</source>
            <translation>SNSアカウントがまだ設定されていません。事務所のアカウントの追加を管理責任者に依頼してください。</translation>
        </message>
        <message>
            <source>Published at %1: %2</source>
            <translation>%1 に公開済み：%2</translation>
        </message>
        <message>
            <source>Changing it sends it (back) to a reviewer.</source>
            <translation>変更すると、（再度）確認者に送られます。</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>承認を申請</translation>
        </message>
        <message>
            <source>Submit the changes for approval</source>
            <translation>変更内容の承認を申請</translation>
        </message>
        <message>
            <source>No scope: a manager approves the post</source>
            <translation>承認範囲なし：管理責任者が投稿を承認</translation>
        </message>
        <message>
            <source>%1 — scope %2</source>
            <translation>%1 — 承認範囲 %2</translation>
        </message>
        <message>
            <source>Choose from the managers' records…</source>
            <translation>責任者が管理する記録から選んでください…</translation>
        </message>
        <message>
            <source>Without a scope every post is reviewed by a manager.</source>
            <translation>承認範囲がない場合、すべての投稿を管理責任者が確認します。</translation>
        </message>
        <message>
            <source>Valid %1 to %2.</source>
            <translation>有効期間：%1～%2。</translation>
        </message>
        <message>
            <source>Conditions: %1
%2 Evidence needed: %3</source>
            <translation>条件：%1
%2 必要な根拠：%3</translation>
        </message>
        <message>
            <source>%1 %2 (%3 has no limit)</source>
            <translation>%1 %2（%3 は上限なし）</translation>
        </message>
        <message>
            <source>%1 / %2 %3 — %4 over the limit of %5</source>
            <translation>%1 / %2 %3 — %5 の上限を%4超過</translation>
        </message>
        <message>
            <source>%1 / %2 %3 (%4)</source>
            <translation>%1 / %2 %3（%4）</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>第%1版として保存しました。</translation>
        </message>
        <message>
            <source>Confirm each point of the self-check before submitting.</source>
            <translation>提出する前に、セルフチェックの各項目を確認してください。</translation>
        </message>
        <message>
            <source>Approved within pre-approved scope %1. You may publish it now, then record the address here.</source>
            <translation>事前承認範囲 %1 内で承認されました。すぐに公開できます。公開後、ここにアドレスを記録してください。</translation>
        </message>
        <message>
            <source>Sent for approval. A manager will review it.
%1</source>
            <translation>承認を申請しました。管理責任者が確認します。
%1</translation>
        </message>
        <message>
            <source>The publication is recorded.</source>
            <translation>公開を記録しました。</translation>
        </message>
        <message>
            <source>The correction is recorded with the post.</source>
            <translation>訂正を投稿に記録しました。</translation>
        </message>
        <message>
            <source>The screening contradicts your self-check</source>
            <translation>チェック結果がセルフチェックと食い違っています</translation>
        </message>
        <message>
            <source>Why the post is acceptable all the same (a reviewer reads this)</source>
            <translation>それでも問題がない理由（承認者が読みます）</translation>
        </message>
        <message>
            <source>Why approval cannot be obtained</source>
            <translation>了承を得られない理由</translation>
        </message>
        <message>
            <source>The guideline allows a post within a pre-approved scope only when the approval of the department head or an appointed responsible person cannot be obtained. Managers see what you record here.</source>
            <translation>ガイドラインでは、所属部署の責任者または任命された担当責任者の了承をやむを得ず得ることができない場合に限り、あらかじめ承認を得た範囲内で発信できます。ここに記録した内容は責任者が確認します。</translation>
        </message>
        <message>
            <source>Choose why…</source>
            <translation>理由を選んでください…</translation>
        </message>
        <message>
            <source>Who is absent, or why the post cannot wait</source>
            <translation>誰が不在か、なぜ待てないか</translation>
        </message>
        <message>
            <source>A serious finding stands against: %1 Change the post, or write why it is acceptable.</source>
            <translation>重大な指摘が次の項目と食い違っています：%1 投稿を修正するか、問題がない理由を書いてください。</translation>
        </message>
        <message>
            <source>Your unsaved text was kept and is back: save it as a draft or submit it.</source>
            <translation>保存していなかった本文を保管しておき、元に戻しました。下書きとして保存するか、承認を申請してください。</translation>
        </message>
    </context>
    <context>
        <name>ProcessDialog</name>
        <message>
            <source>Process an unsubscribe request</source>
            <translation>配信停止依頼の処理</translation>
        </message>
        <message>
            <source>Received %1 by %2, due %3.</source>
            <translation>%1 に%2で受付（期限：%3）。</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>メモ：%1</translation>
        </message>
        <message>
            <source>The address to stop:</source>
            <translation>配信を停止するアドレス：</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>場所(&amp;L):</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ファイルの種類(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>開く(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
    </context>
    <context>
        <name>Quarters</name>
        <message>
            <source>FY%1 Q%2</source>
            <translation>%1年度 第%2四半期</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Situation</source>
            <translation>状況</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>クイズを中断</translation>
        </message>
        <message>
            <source>Practice · question %1 of %2</source>
            <translation>練習・第%1問（全%2問）</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>第%1問（全%2問）</translation>
        </message>
        <message>
            <source>Select all that apply.</source>
            <translation>当てはまるものをすべて選択してください。</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>答えを1つ選択してください。</translation>
        </message>
        <message>
            <source>Keys: 1–%1 or A–%2 tick a choice, Space ticks the focused one, Enter submits.</source>
            <translation>キー操作：1～%1 または A～%2 で選択肢にチェック、Space でフォーカス中の選択肢にチェック、Enter で解答します。</translation>
        </message>
        <message>
            <source>Keys: 1–%1 or A–%2 choose, Enter submits.</source>
            <translation>キー操作：1～%1 または A～%2 で選択、Enter で解答します。</translation>
        </message>
        <message>
            <source>Submit answer</source>
            <translation>解答する</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>正解です。</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>不正解です。</translation>
        </message>
        <message>
            <source>See the result</source>
            <translation>結果を見る</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>次の問題</translation>
        </message>
        <message>
            <source>Enter: continue.</source>
            <translation>Enter：続行</translation>
        </message>
    </context>
    <context>
        <name>QueueTab</name>
        <message>
            <source>Waiting</source>
            <translation>待ち時間</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>作成者</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>検出事項</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>本文</translation>
        </message>
        <message>
            <source>Posts waiting for review</source>
            <translation>承認待ちの投稿</translation>
        </message>
        <message>
            <source>Waiting for approval (oldest first)</source>
            <translation>承認待ち（古い順）</translation>
        </message>
        <message>
            <source>This is your own post. Another manager or an appointed responsible person must review it.</source>
            <translation>これはご自身の投稿です。別の管理責任者または任命された担当責任者が確認する必要があります。</translation>
        </message>
        <message>
            <source>Text of the post</source>
            <translation>投稿の本文</translation>
        </message>
        <message>
            <source>Screening findings</source>
            <translation>事前チェックの検出事項</translation>
        </message>
        <message>
            <source>Pre-approved scope and routing</source>
            <translation>事前承認範囲と承認経路</translation>
        </message>
        <message>
            <source>Changes since the version last reviewed</source>
            <translation>前回確認した版からの変更点</translation>
        </message>
        <message>
            <source>Checklist: confirm before approving</source>
            <translation>チェックリスト：承認する前に確認</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>根拠：%1</translation>
        </message>
        <message>
            <source>Reason (required to reject or to ask for changes):</source>
            <translation>理由（却下・修正依頼の場合は必須）：</translation>
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation>判断の理由</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>承認</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>修正依頼</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>%1 high, %2 medium</source>
            <translation>高 %1件、中 %2件</translation>
        </message>
        <message>
            <source> (you)</source>
            <translation>（あなた）</translation>
        </message>
        <message>
            <source>(edited) %1</source>
            <translation>（編集済み）%1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>%1 posts waiting.</source>
            <translation>%1件の投稿が承認待ちです。</translation>
        </message>
        <message>
            <source>Choose a post in the queue.</source>
            <translation>承認待ちの一覧から投稿を選択してください。</translation>
        </message>
        <message>
            <source>Post %1 on %2 by %3 — version %4, %5, waiting %6</source>
            <translation>投稿 %1（%2、作成者：%3）— 第%4版、%5、待ち時間 %6</translation>
        </message>
        <message>
            <source>Link %1: %2</source>
            <translation>リンク %1：%2</translation>
        </message>
        <message>
            <source>%1 (%2): people identifiable %3, consent %4; others' work %5, permission %6; personal information visible %7</source>
            <translation>%1（%2）：人物の特定 %3、同意 %4／他者の著作物 %5、許諾 %6／個人情報の写り込み %7</translation>
        </message>
        <message>
            <source>No links, photos or videos.</source>
            <translation>リンク、写真、動画はありません。</translation>
        </message>
        <message>
            <source>Why it is here: %1</source>
            <translation>承認が必要な理由：%1</translation>
        </message>
        <message>
            <source>The author's explanation against the self-check: %1</source>
            <translation>セルフチェックについての作成者の説明：%1</translation>
        </message>
        <message>
            <source>Changes since version %1, the version last reviewed</source>
            <translation>前回確認した第%1版からの変更点</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>リンク</translation>
        </message>
        <message>
            <source>Photos and video</source>
            <translation>写真・動画</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>承認範囲</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>根拠</translation>
        </message>
        <message>
            <source>%1 changed: %2 → %3</source>
            <translation>%1 の変更：%2 → %3</translation>
        </message>
        <message>
            <source>Version %1: %2 by %3, %4. %5</source>
            <translation>第%1版：%2（%3、%4）。%5</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>未確認</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>あり</translation>
        </message>
        <message>
            <source>no</source>
            <translation>なし</translation>
        </message>
        <message>
            <source>No pre-approved scope claimed: a manager's approval is needed.</source>
            <translation>事前承認範囲の指定はありません。管理責任者の承認が必要です。</translation>
        </message>
        <message>
            <source>Claimed scope %1: %2</source>
            <translation>指定された承認範囲 %1：%2</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>条件：%1</translation>
        </message>
        <message>
            <source>Evidence given: %1</source>
            <translation>示された根拠：%1</translation>
        </message>
        <message>
            <source>Record named: %1, %2 (%3)</source>
            <translation>根拠の記録：%1「%2」（%3）</translation>
        </message>
        <message>
            <source>Post %1: %2.</source>
            <translation>投稿 %1：%2。</translation>
        </message>
    </context>
    <context>
        <name>QuizPanel</name>
        <message>
            <source>&amp;Start this quarter's quiz</source>
            <translation>今四半期のクイズを開始(&amp;S)</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>練習</translation>
        </message>
        <message>
            <source>Practice uses the same questions and records nothing — good for new staff.</source>
            <translation>練習では同じ問題を使用し、結果は記録されません。新任職員の練習に最適です。</translation>
        </message>
        <message>
            <source>Quarterly training on personal data and social media</source>
            <translation>個人情報とSNSに関する四半期研修</translation>
        </message>
        <message>
            <source>Last quarter's training (%1) was not completed.</source>
            <translation>前四半期の研修（%1）は完了していません。</translation>
        </message>
        <message>
            <source>Explanations are shown after each answer.</source>
            <translation>解説は各解答の後に表示されます。</translation>
        </message>
        <message>
            <source>Explanations are shown at the end.</source>
            <translation>解説は最後に表示されます。</translation>
        </message>
        <message>
            <source>The quiz has %1 questions drawn from both rule books. You pass with %2 correct. You may retake it as often as you like; every attempt is kept. %3</source>
            <translation>クイズは両方の規程から出題される%1問です。%2問正解で合格です。何度でも再受験でき、すべての受験記録が保存されます。%3</translation>
        </message>
        <message>
            <source>%1 (%2): %3 of %4 — %5</source>
            <translation>%1（%2）：%4問中%3問正解 — %5</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>不合格</translation>
        </message>
        <message>
            <source>Your recent attempts:</source>
            <translation>最近の受験結果：</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>研修</translation>
        </message>
        <message>
            <source>Leave the practice? Nothing is recorded.</source>
            <translation>練習を中断しますか？何も記録されません。</translation>
        </message>
        <message>
            <source>Leave the quiz? An unfinished quiz is not recorded; you can start again.</source>
            <translation>クイズを中断しますか？途中のクイズは記録されません。もう一度始めることができます。</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>クイズを中断</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>トピック</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>正解数</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>問題数</translation>
        </message>
        <message>
            <source>Retake the quiz</source>
            <translation>クイズを再受験</translation>
        </message>
        <message>
            <source>Back to the overview</source>
            <translation>概要に戻る</translation>
        </message>
        <message>
            <source>By topic</source>
            <translation>トピック別</translation>
        </message>
        <message>
            <source>Your answers, with explanations</source>
            <translation>あなたの解答と解説</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>%1 of %2 correct (%3). The pass mark is %4.</source>
            <translation>%2問中%1問正解（%3）。合格点は%4です。</translation>
        </message>
        <message>
            <source>This was a practice run: nothing was recorded.</source>
            <translation>これは練習のため、何も記録されていません。</translation>
        </message>
        <message>
            <source>Recorded for %1. This quarter's training is complete.</source>
            <translation>%1 の結果として記録しました。今四半期の研修は完了です。</translation>
        </message>
        <message>
            <source>Recorded for %1. You can retake the quiz; it counts once you pass.</source>
            <translation>%1 の結果として記録しました。クイズは再受験できます。合格した時点で完了となります。</translation>
        </message>
        <message>
            <source>Practise again</source>
            <translation>もう一度練習</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>あなたの解答：%1</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>正解：%1</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <source>Eligible</source>
            <translation>配信可</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>拒否</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>配信停止</translation>
        </message>
        <message>
            <source>No opt-in or notice</source>
            <translation>オプトイン・告知なし</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>削除済み</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>無効なアドレス</translation>
        </message>
        <message>
            <source>Unsubscribe requested (not yet processed)</source>
            <translation>配信停止の依頼あり（未処理）</translation>
        </message>
        <message>
            <source>Same mailbox as an address that refused or unsubscribed</source>
            <translation>拒否・配信停止したアドレスと同じメールボックス</translation>
        </message>
        <message>
            <source>Address does not exist (bounced at the mail service)</source>
            <translation>存在しないアドレス（配信サービスで不達）</translation>
        </message>
        <message>
            <source>Complaint (marked as spam at the mail service)</source>
            <translation>迷惑メール報告（配信サービスで報告）</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日付</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>日付あり</translation>
        </message>
        <message>
            <source>https://… (required for a published page)</source>
            <translation>https://…（公表済みのページでは必須）</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類：</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>名前：</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>アドレス：</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>記録を追加</translation>
        </message>
        <message>
            <source>Retire the chosen record</source>
            <translation>選んだ記録の使用を終了</translation>
        </message>
        <message>
            <source>A post within a pre-approved scope names one of these records as its evidence, so a reviewer can check it: an event for (b), a procedure document for (c), a Q&amp;A entry for (d), a page already published on the organisation's own site for (a). Retire a record when it no longer holds.</source>
            <translation>あらかじめ承認を得た範囲内の投稿は、承認者が確認できるよう、ここにある記録を根拠として示します。(b) はイベント、(c) は手続きの資料、(d) は質疑応答資料の項目、(a) は自団体のサイトに公表済みのページです。内容が有効でなくなった記録は使用を終了してください。</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>使用終了</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>使用中</translation>
        </message>
        <message>
            <source>The record was added.</source>
            <translation>記録を追加しました。</translation>
        </message>
        <message>
            <source>Choose a record in the list first.</source>
            <translation>先に一覧から記録を選んでください。</translation>
        </message>
        <message>
            <source>The record was retired.</source>
            <translation>記録の使用を終了しました。</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover the office</source>
            <translation>事務所の回復</translation>
        </message>
        <message>
            <source>Enter the recovery code that was shown when the office was created, the username of an administrator, and a new password for that administrator.</source>
            <translation>事務所の作成時に表示された回復コード、システム管理者のユーザー名、およびそのシステム管理者の新しいパスワードを入力してください。</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>回復コード：</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>システム管理者：</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
    </context>
    <context>
        <name>ReplaceConnectionDialog</name>
        <message>
            <source>New connection file</source>
            <translation>新しい接続ファイル</translation>
        </message>
        <message>
            <source>Replace this computer's connection file</source>
            <translation>この PC の接続ファイルを置き換える</translation>
        </message>
        <message>
            <source>The administrator has changed the office server's login, so this computer's connection file no longer works. Choose the new connection file the administrator gave you. It replaces the old one once the server accepts it; the office's data is not touched.</source>
            <translation>管理者が事務所のサーバーのログインを変更したため、この PC の接続ファイルは使えなくなりました。管理者から受け取った新しい接続ファイルを選んでください。サーバーが受け付けたことを確かめてから古いファイルと置き換えます。事務所のデータには影響しません。</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>置き換える</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>確認中…</translation>
        </message>
        <message>
            <source>The office server does not accept this connection file: it is an old one. Choose the newest connection file the administrator gave you, or ask the administrator for it.</source>
            <translation>事務所のサーバーがこの接続ファイルを受け付けません。古いファイルです。管理者から受け取った最新の接続ファイルを選ぶか、管理者に依頼してください。</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Staff and their training</source>
            <translation>職員ごとの研修の受講状況</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>問題</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>トピック</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>不正解数</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>四半期：</translation>
        </message>
        <message>
            <source>Completion by quarter</source>
            <translation>四半期別の修了状況</translation>
        </message>
        <message>
            <source>Questions most often answered wrongly</source>
            <translation>不正解の多い問題</translation>
        </message>
        <message>
            <source>%1 (%2 – %3)</source>
            <translation>%1（%2～%3）</translation>
        </message>
        <message>
            <source>%1 of %2 passed · %3 attempted · %4 not started · %5 overdue</source>
            <translation>%2人中%1人が合格・受験済み（未合格）%3人・未受験 %4人・期限超過 %5人</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
    </context>
    <context>
        <name>ReportViolationDialog</name>
        <message>
            <source>Report a violation</source>
            <translation>違反の報告</translation>
        </message>
        <message>
            <source>Report at once anything that breaks the handling manual or may have let personal data leak: lost or misplaced data, mail or letters to the wrong person, unauthorised access, e-mail sent without consent. The report goes to the privacy officer, %1 (%2). Write what you know now; the privacy officer completes the rest.</source>
            <translation>取扱マニュアルに違反する事案や、個人データが漏えいしたおそれのある事案（データの紛失・所在不明、メールや郵便物の誤送信、不正アクセス、同意のないメール送信など）は、直ちに報告してください。報告は個人情報保護責任者の%1（%2）に送られます。現時点で分かっていることを入力してください。残りは個人情報保護責任者が記入します。</translation>
        </message>
        <message>
            <source>What happened, which data and whose, and what has been done so far (e.g. asked the recipient to delete the mail).</source>
            <translation>何が起きたか、誰のどのデータか、これまでに行った対応（例：受信者にメールの削除を依頼した）</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>発生内容：</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>詳細：</translation>
        </message>
        <message>
            <source>Noticed at:</source>
            <translation>発覚日時：</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>発生日時：</translation>
        </message>
        <message>
            <source>People affected:</source>
            <translation>対象者（本人）の数：</translation>
        </message>
        <message>
            <source>Data involved:</source>
            <translation>対象のデータ：</translation>
        </message>
        <message>
            <source>What is known:</source>
            <translation>判明している事項：</translation>
        </message>
        <message>
            <source>Tick only what you know. Times are Japan time.</source>
            <translation>分かっている項目のみチェックしてください。日時は日本時間です。</translation>
        </message>
        <message>
            <source>Send the report</source>
            <translation>報告を送信</translation>
        </message>
        <message>
            <source>Report #%1 was sent to the privacy officer, %2.</source>
            <translation>報告 #%1 を個人情報保護責任者の%2に送信しました。</translation>
        </message>
        <message>
            <source>From what you entered, it may have to be reported to the Personal Information Protection Commission within a few days. Tell the privacy officer now as well: %1.</source>
            <translation>入力内容から、数日以内に個人情報保護委員会への報告が必要となる可能性があります。個人情報保護責任者にも今すぐ直接連絡してください（連絡先：%1）。</translation>
        </message>
        <message>
            <source>Report sent</source>
            <translation>報告の送信完了</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Disclosure</source>
            <translation>開示</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>訂正</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Stop of use</source>
            <translation>利用停止</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>未対応</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Refused (with reasons)</source>
            <translation>拒否（理由を通知）</translation>
        </message>
        <message>
            <source>Choose the kind of request.</source>
            <translation>請求の種類を選択してください。</translation>
        </message>
        <message>
            <source>Enter who made the request (a name or a reference, at most %1 characters).</source>
            <translation>請求者を入力してください（氏名または参照番号、%1文字以内）。</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>受付日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>The due date cannot be before the date received.</source>
            <translation>期限を受付日より前にすることはできません。</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>テキストが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>Choose a status.</source>
            <translation>状態を選択してください。</translation>
        </message>
        <message>
            <source>This request is closed.</source>
            <translation>この請求は既に終了しています。</translation>
        </message>
        <message>
            <source>Describe the outcome before closing the request.</source>
            <translation>請求を終了する前に、対応結果を入力してください。</translation>
        </message>
        <message>
            <source>This action does not fit a request of this kind.</source>
            <translation>この操作は、この種類の請求には使用できません。</translation>
        </message>
        <message>
            <source>No contact with this address is held.</source>
            <translation>このアドレスの連絡先は保有していません。</translation>
        </message>
        <message>
            <source>The request names no address.</source>
            <translation>この請求にはアドレスが指定されていません。</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>New request…</source>
            <translation>新規請求…</translation>
        </message>
        <message>
            <source>Open requests</source>
            <translation>未完了の請求</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>すべての請求</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付日</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>請求者</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Selected request</source>
            <translation>選択した請求</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <source>Identity check:</source>
            <translation>本人確認：</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>期限：</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>状態：</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>結果：</translation>
        </message>
        <message>
            <source>Write the disclosure file…</source>
            <translation>開示ファイルを作成…</translation>
        </message>
        <message>
            <source>Consent certificate…</source>
            <translation>同意証明書…</translation>
        </message>
        <message>
            <source>Delete the personal data…</source>
            <translation>個人データを削除…</translation>
        </message>
        <message>
            <source>Stop use now</source>
            <translation>今すぐ利用停止</translation>
        </message>
        <message>
            <source>Correct name…</source>
            <translation>氏名を訂正…</translation>
        </message>
        <message>
            <source>%1 shown, %2 overdue</source>
            <translation>%1件を表示、期限超過 %2件</translation>
        </message>
        <message>
            <source>Select a request.</source>
            <translation>請求を選択してください。</translation>
        </message>
        <message>
            <source>#%1 %2, received %3 from %4, due %5.</source>
            <translation>#%1 %2：%3 に %4 から受付、期限 %5。</translation>
        </message>
        <message>
            <source>Contact held: %1 (%2).</source>
            <translation>保有している連絡先：%1（%2）。</translation>
        </message>
        <message>
            <source>No contact with %1 is held.</source>
            <translation>%1 の連絡先は保有していません。</translation>
        </message>
        <message>
            <source>Note: the consent record is due to be kept until %1 (特定電子メール法).</source>
            <translation>注意：同意記録の保存期限は %1 です（特定電子メール法）。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Save the disclosure file</source>
            <translation>開示ファイルの保存</translation>
        </message>
        <message>
            <source>The disclosure file was written: %1 (%2 records).</source>
            <translation>開示ファイルを作成しました：%1（記録%2件）。</translation>
        </message>
        <message>
            <source>Delete the personal data</source>
            <translation>個人データの削除</translation>
        </message>
        <message>
            <source>Erase the address, name, furigana, memos and recording references of this person? Only a keyed hash of the address stays, so that it is never added again. This cannot be undone.</source>
            <translation>この人物のアドレス、氏名、フリガナ、メモ、通話録音の参照番号を消去しますか？再び追加されないよう、アドレスの鍵付きハッシュのみが残ります。この操作は元に戻せません。</translation>
        </message>
        <message>
            <source>The personal data was deleted. The request is closed.</source>
            <translation>個人データを削除しました。この請求は終了しました。</translation>
        </message>
        <message>
            <source>Use stopped: the address receives no more e-mail.</source>
            <translation>利用を停止しました。このアドレスには今後メールを送信しません。</translation>
        </message>
        <message>
            <source>Correct the name</source>
            <translation>氏名の訂正</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>氏名：</translation>
        </message>
        <message>
            <source>Furigana:</source>
            <translation>フリガナ：</translation>
        </message>
        <message>
            <source>The name was corrected.</source>
            <translation>氏名を訂正しました。</translation>
        </message>
        <message>
            <source>Rights requests</source>
            <translation>開示等の請求</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>パスワードのリセット</translation>
        </message>
        <message>
            <source>New initial password for %1:</source>
            <translation>%1 の新しい初期パスワード：</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Kept while the address is on the send list, and one month after sending to it stops.</source>
            <translation>配信リストに登録されている間、および配信終了から1か月間保存します。</translation>
        </message>
        <message>
            <source>One month after sending to the address stopped.</source>
            <translation>配信終了から1か月後。</translation>
        </message>
        <message>
            <source>One year after sending to the address stopped (a measure order was received).</source>
            <translation>配信終了から1年後（措置命令を受けた場合）。</translation>
        </message>
        <message>
            <source>Three years after the last advertising mail (mail-order advertising, 特商法).</source>
            <translation>最後の広告メールから3年後（通信販売の広告、特商法）。</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Choose a decision.</source>
            <translation>判断を選択してください。</translation>
        </message>
        <message>
            <source>This post is not waiting for review.</source>
            <translation>この投稿は確認待ちではありません。</translation>
        </message>
        <message>
            <source>The author changed the post while you were reviewing it. Look at the new version first.</source>
            <translation>確認中に作成者が投稿を変更しました。先に新しい版を確認してください。</translation>
        </message>
        <message>
            <source>Give a reason, so the author knows what to change or why the post cannot go out.</source>
            <translation>作成者が何を修正すべきか、または投稿できない理由がわかるように、理由を入力してください。</translation>
        </message>
        <message>
            <source>The reason may be at most %1 characters long.</source>
            <translation>理由は%1文字以内にしてください。</translation>
        </message>
        <message>
            <source>Confirm every point of the checklist before approving.</source>
            <translation>承認する前に、チェックリストのすべての項目を確認してください。</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1日%2時間</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1時間%2分</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1分</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>All posts</source>
            <translation>すべての投稿</translation>
        </message>
        <message>
            <source>Posted within a scope</source>
            <translation>範囲内の投稿</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>承認範囲</translation>
        </message>
        <message>
            <source>Evidence records</source>
            <translation>根拠の記録</translation>
        </message>
        <message>
            <source>Word lists</source>
            <translation>語句リスト</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>インシデント</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Advisor</source>
            <translation>相談員</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>管理責任者</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>システム管理者</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>SNS guideline</source>
            <translation>SNSガイドライン</translation>
        </message>
        <message>
            <source>SNS guide for members</source>
            <translation>組合員向けSNS利用の手引き</translation>
        </message>
        <message>
            <source>SNS operating policy</source>
            <translation>SNS運用ポリシー</translation>
        </message>
        <message>
            <source>E-mail address handling manual</source>
            <translation>メールアドレス取扱マニュアル</translation>
        </message>
        <message>
            <source>rule book</source>
            <extracomment>Every entry with its file and first line, for the test that traces them to the seed.</extracomment>
            <translation>規程</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>Scopes</name>
        <message>
            <source>(a) Content already published on the homepage</source>
            <translation>(a) ホームページで公開済みの内容</translation>
        </message>
        <message>
            <source>(b) Facts about an event (how it went, results)</source>
            <translation>(b) イベントに関する事実（実施状況、結果）</translation>
        </message>
        <message>
            <source>(c) An established procedure</source>
            <translation>(c) 定められた手続き</translation>
        </message>
        <message>
            <source>(d) A confirmed question and answer</source>
            <translation>(d) 確認済みの質問と回答</translation>
        </message>
        <message>
            <source>The address of a page on the organisation's own site that is already published</source>
            <translation>自団体のサイトに公表済みのページのアドレス</translation>
        </message>
        <message>
            <source>The event, chosen from the records the managers keep</source>
            <translation>責任者が管理する記録から選んだイベント</translation>
        </message>
        <message>
            <source>The procedure document, chosen from the records the managers keep</source>
            <translation>責任者が管理する記録から選んだ手続きの資料</translation>
        </message>
        <message>
            <source>The Q&amp;A entry, chosen from the records the managers keep</source>
            <translation>責任者が管理する記録から選んだ質疑応答の項目</translation>
        </message>
        <message>
            <source>The post claims this scope.</source>
            <translation>投稿でこの承認範囲が指定されています。</translation>
        </message>
        <message>
            <source>The post does not claim this scope.</source>
            <translation>投稿でこの承認範囲が指定されていません。</translation>
        </message>
        <message>
            <source>The author is granted this scope.</source>
            <translation>作成者にこの承認範囲が付与されています。</translation>
        </message>
        <message>
            <source>The author is not granted this scope, by name or by role.</source>
            <translation>作成者には、個人としても役割としても、この承認範囲が付与されていません。</translation>
        </message>
        <message>
            <source>The scope covers this account.</source>
            <translation>承認範囲がこのアカウントを対象としています。</translation>
        </message>
        <message>
            <source>The scope does not cover this account.</source>
            <translation>承認範囲がこのアカウントを対象としていません。</translation>
        </message>
        <message>
            <source>The scope is valid on the day of the post.</source>
            <translation>承認範囲は投稿日に有効です。</translation>
        </message>
        <message>
            <source>The scope is not valid on the day of the post (not yet started, or expired).</source>
            <translation>承認範囲は投稿日に有効ではありません（開始前または期限切れ）。</translation>
        </message>
        <message>
            <source>The scope has not been revoked.</source>
            <translation>承認範囲は取り消されていません。</translation>
        </message>
        <message>
            <source>The scope has been revoked.</source>
            <translation>承認範囲は取り消されています。</translation>
        </message>
        <message>
            <source>The evidence the scope requires is given.</source>
            <translation>承認範囲に必要な根拠が示されています。</translation>
        </message>
        <message>
            <source>The evidence the scope requires is missing: choose the event, procedure document or Q&amp;A entry from the records the managers keep.</source>
            <translation>範囲が求める根拠がありません。責任者が管理する記録から、イベント・手続きの資料・質疑応答の項目を選んでください。</translation>
        </message>
        <message>
            <source>The record given as evidence is of another kind than the scope needs, or has been retired.</source>
            <translation>根拠として示した記録は、範囲が求める種類と違うか、使用が終了しています。</translation>
        </message>
        <message>
            <source>Published content needs as evidence the address of a page on the organisation's own site that is already published (a page the managers recorded, or a post on the homepage recorded as published).</source>
            <translation>公表済みの内容には、自団体のサイトに公表済みのページのアドレスが根拠として必要です（責任者が記録したページ、または公開を記録したホームページの投稿）。</translation>
        </message>
        <message>
            <source>Within a pre-approved scope</source>
            <translation>事前承認範囲内</translation>
        </message>
        <message>
            <source>Needs approval</source>
            <translation>承認が必要</translation>
        </message>
        <message>
            <source>No pre-approved scope applies. A post in the organisation's name needs the approval of the department head or an appointed responsible person.</source>
            <translation>該当する事前承認範囲がありません。組織名義の投稿には、部長または指名された責任者の承認が必要です。</translation>
        </message>
        <message>
            <source>The screening found a serious issue; a reviewer must look at the post even within a scope.</source>
            <translation>事前チェックで重大な問題が見つかりました。承認範囲内であっても、確認者が投稿を確認する必要があります。</translation>
        </message>
        <message>
            <source>A reviewer has already looked at this post and sent it back; the new version goes to a reviewer too.</source>
            <translation>この投稿は承認者が一度確認して差し戻しています。新しい版も承認者の確認が必要です。</translation>
        </message>
        <message>
            <source>The screening found personal data, prohibited or confidential content; a reviewer must look at the post even within a scope.</source>
            <translation>事前チェックで個人情報、禁止事項または機密情報が見つかりました。承認範囲内であっても、確認者が投稿を確認する必要があります。</translation>
        </message>
        <message>
            <source>The post was changed after it was approved; a reviewer must approve the new version.</source>
            <translation>承認後に投稿が変更されたため、確認者が新しい版を承認する必要があります。</translation>
        </message>
        <message>
            <source>The author changed the post while it was waiting for review.</source>
            <translation>確認待ちの間に作成者が投稿を変更しました。</translation>
        </message>
        <message>
            <source>The post links to an outside site, quotes someone or speaks for the organisation; readers may take this as the organisation's own, so a reviewer must look at it even within a scope.</source>
            <translation>投稿に外部サイトへのリンク、引用、または組織を代表した発言が含まれています。閲覧者が組織自身の見解と受け取るおそれがあるため、承認範囲内であっても確認者が確認する必要があります。</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>写真</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>動画</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>画像</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>その他</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>下書き</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>提出済み</translation>
        </message>
        <message>
            <source>Approved within a scope</source>
            <translation>承認範囲内で承認</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>承認待ち</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>修正依頼</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>承認済み</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>却下</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>公開済み</translation>
        </message>
        <message>
            <source>It insults no one, discriminates against no one, encourages nothing illegal and nothing against public order.</source>
            <translation>誰かを侮辱したり差別したりする内容や、違法行為・公序良俗に反する行為を助長する内容は含まれていません。</translation>
        </message>
        <message>
            <source>Every fact in it is correct and has a source; nothing is unfounded.</source>
            <translation>記載された事実はすべて正確で出典があり、根拠のない内容は含まれていません。</translation>
        </message>
        <message>
            <source>It shows no one's personal information without their consent.</source>
            <translation>本人の同意なく個人情報を掲載していません。</translation>
        </message>
        <message>
            <source>Photos and video: personal information, portrait rights and copyright are checked.</source>
            <translation>写真・動画：個人情報、肖像権、著作権を確認済みです。</translation>
        </message>
        <message>
            <source>It contains no confidential business information and no unpublished results or plans.</source>
            <translation>業務上の機密情報や未公表の結果・計画は含まれていません。</translation>
        </message>
        <message>
            <source>Quotes and links are checked: readers may take them as the organisation's own.</source>
            <translation>引用とリンクを確認済みです（閲覧者が組織自身の見解と受け取るおそれがあるため）。</translation>
        </message>
        <message>
            <source>It does not present a personal view as the organisation's official view.</source>
            <translation>個人的な意見を組織の公式見解として示していません。</translation>
        </message>
        <message>
            <source>No prohibited content: the six kinds of section 3 and the ten deletion rules.</source>
            <translation>禁止事項（第3項の6種類および削除基準10項目）に該当する内容は含まれていません。</translation>
        </message>
        <message>
            <source>No confidential business information and no unpublished results or plans.</source>
            <translation>業務上の機密情報や未公表の結果・計画は含まれていません。</translation>
        </message>
        <message>
            <source>Photos and video: personal information, portrait rights and copyright checked.</source>
            <translation>写真・動画：個人情報、肖像権、著作権を確認済みです。</translation>
        </message>
        <message>
            <source>Quotes and links, which readers may take as the organisation's own, are acceptable.</source>
            <translation>閲覧者が組織自身の見解と受け取るおそれのある引用やリンクに問題はありません。</translation>
        </message>
        <message>
            <source>The author confirmed the self-check although the screening found a serious issue, and wrote why; a reviewer must read the override.</source>
            <translation>チェックで重大な問題が見つかったまま作成者がセルフチェックを確認し、その理由を書いています。承認者はその説明を読んでください。</translation>
        </message>
        <message>
            <source>The department head and the appointed responsible persons are absent and cannot be reached.</source>
            <translation>所属部署の責任者・任命された担当責任者が不在で、連絡がつかない。</translation>
        </message>
        <message>
            <source>The post cannot wait for approval (an urgent notice, or an event happening now).</source>
            <translation>了承を待つと間に合わない（緊急のお知らせ、開催中の行事など）。</translation>
        </message>
        <message>
            <source>Another reason (write it below).</source>
            <translation>その他の理由（下に記入）。</translation>
        </message>
        <message>
            <source>Published page of our site</source>
            <translation>自団体サイトの公表済みページ</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>イベント</translation>
        </message>
        <message>
            <source>Procedure document</source>
            <translation>手続きの資料</translation>
        </message>
        <message>
            <source>Q&amp;A entry</source>
            <translation>質疑応答の項目</translation>
        </message>
    </context>
    <context>
        <name>ScopesTab</name>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>種類</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>アカウント</translation>
        </message>
        <message>
            <source>Granted to</source>
            <translation>付与先</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>有効期間</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Everyone with the role %1</source>
            <translation>役割「%1」の全員</translation>
        </message>
        <message>
            <source>From</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>To</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>種類：</translation>
        </message>
        <message>
            <source>Accounts:</source>
            <translation>アカウント：</translation>
        </message>
        <message>
            <source>Granted to users:</source>
            <translation>付与先のユーザー：</translation>
        </message>
        <message>
            <source>Granted to roles:</source>
            <translation>付与先の役割：</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>有効期間：</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>条件：</translation>
        </message>
        <message>
            <source>Evidence a post must carry:</source>
            <translation>投稿に必要な根拠：</translation>
        </message>
        <message>
            <source>Grant new scope</source>
            <translation>新しい承認範囲を付与</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>取り消し</translation>
        </message>
        <message>
            <source>Staff may post without per-post approval only inside a scope approved in advance: (a) content already published on the homepage, (b) facts about events, (c) established procedures, (d) confirmed Q&amp;A.</source>
            <translation>職員が投稿ごとの承認なしで投稿できるのは、事前に承認された範囲内に限られます：(a) ホームページで公開済みの内容、(b) イベントに関する事実、(c) 定められた手続き、(d) 確認済みのQ&amp;A。</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1～%2</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>取り消し済み</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>本日は無効</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>The scope was granted.</source>
            <translation>承認範囲を付与しました。</translation>
        </message>
        <message>
            <source>Choose a scope in the list first.</source>
            <translation>先に一覧から承認範囲を選択してください。</translation>
        </message>
        <message>
            <source>The scope was changed.</source>
            <translation>承認範囲を変更しました。</translation>
        </message>
        <message>
            <source>The scope was revoked.</source>
            <translation>承認範囲を取り消しました。</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>People can be identified in this item and did not consent to its publication.</source>
            <translation>この素材では人物を特定でき、本人が公開に同意していません。</translation>
        </message>
        <message>
            <source>This item contains someone else's work and permission to use it was not given.</source>
            <translation>この素材には他者の著作物が含まれており、使用の許諾が得られていません。</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>個人情報</translation>
        </message>
        <message>
            <source>Prohibited content</source>
            <translation>禁止事項</translation>
        </message>
        <message>
            <source>Confidential information</source>
            <translation>機密情報</translation>
        </message>
        <message>
            <source>May be read as the organisation's own</source>
            <translation>組織の見解と受け取られるおそれ</translation>
        </message>
        <message>
            <source>Photos and video</source>
            <translation>写真・動画</translation>
        </message>
        <message>
            <source>Platform rules</source>
            <translation>プラットフォームの規則</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>An e-mail address. Personal data must not be published without the person's consent.</source>
            <translation>メールアドレスが含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>A phone number. Personal data must not be published without the person's consent.</source>
            <translation>電話番号が含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>郵便番号</translation>
        </message>
        <message>
            <source>A postal code. Personal data must not be published without the person's consent.</source>
            <translation>郵便番号が含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>A street address. Personal data must not be published without the person's consent.</source>
            <translation>住所が含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
        </message>
        <message>
            <source>Insults and defamation</source>
            <translation>侮辱・誹謗中傷</translation>
        </message>
        <message>
            <source>Insulting or defamatory wording. Posts must not insult or defame anyone.</source>
            <translation>侮辱的または誹謗中傷にあたる表現です。投稿で他者を侮辱したり誹謗中傷したりしてはいけません。</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>差別</translation>
        </message>
        <message>
            <source>Discriminatory wording (race, beliefs, creed and the like), or wording that encourages discrimination.</source>
            <translation>差別的な表現（人種、思想、信条など）、または差別を助長する表現です。</translation>
        </message>
        <message>
            <source>Illegal acts</source>
            <translation>違法行為</translation>
        </message>
        <message>
            <source>Wording about illegal acts, or that may encourage them.</source>
            <translation>違法行為に関する表現、または違法行為を助長するおそれのある表現です。</translation>
        </message>
        <message>
            <source>Unfounded or false information</source>
            <translation>根拠のない情報・虚偽の情報</translation>
        </message>
        <message>
            <source>A claim that may be unfounded or false. Check the facts and name the source.</source>
            <translation>根拠がないか虚偽である可能性のある主張です。事実を確認し、出典を明記してください。</translation>
        </message>
        <message>
            <source>Obscene content and links</source>
            <translation>わいせつな内容・リンク</translation>
        </message>
        <message>
            <source>Obscene content, or a link to a site with obscene content.</source>
            <translation>わいせつな内容、またはわいせつな内容を含むサイトへのリンクです。</translation>
        </message>
        <message>
            <source>Against public order and morals</source>
            <translation>公序良俗違反</translation>
        </message>
        <message>
            <source>Content against public order and morals (threats, violence, self-harm).</source>
            <translation>公序良俗に反する内容（脅迫、暴力、自傷行為）です。</translation>
        </message>
        <message>
            <source>Political or religious activity</source>
            <translation>政治活動・宗教活動</translation>
        </message>
        <message>
            <source>Political or religious campaigning or solicitation.</source>
            <translation>政治的・宗教的な宣伝活動または勧誘です。</translation>
        </message>
        <message>
            <source>Advertising and commercial activity</source>
            <translation>広告・営利活動</translation>
        </message>
        <message>
            <source>Advertising, solicitation or other wording aimed at profit.</source>
            <translation>広告、勧誘など営利を目的とした表現です。</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>知的財産権</translation>
        </message>
        <message>
            <source>May infringe copyright, trademark or portrait rights. Check that permission was given.</source>
            <translation>著作権、商標権または肖像権を侵害するおそれがあります。許諾を得ていることを確認してください。</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>プライバシー</translation>
        </message>
        <message>
            <source>May identify or expose a person, or where they were and what they did, without their consent.</source>
            <translation>本人の同意なく、人物や、その人物の居場所・行動を特定または暴露するおそれがあります。</translation>
        </message>
        <message>
            <source>Marked or described as confidential. Confidential business information must not be posted.</source>
            <translation>機密と表示または記載されています。業務上の機密情報を投稿してはいけません。</translation>
        </message>
        <message>
            <source>Unpublished results and plans</source>
            <translation>未公表の結果・計画</translation>
        </message>
        <message>
            <source>Mentions results or plans that are not yet published. They must not be posted before the official announcement.</source>
            <translation>未公表の結果や計画に言及しています。正式発表前に投稿してはいけません。</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>セキュリティ</translation>
        </message>
        <message>
            <source>Information that could threaten the organisation's security (passwords, access details).</source>
            <translation>組織のセキュリティを脅かすおそれのある情報（パスワード、アクセス情報）です。</translation>
        </message>
        <message>
            <source>Link to an outside site</source>
            <translation>外部サイトへのリンク</translation>
        </message>
        <message>
            <source>A link to %1, outside the organisation's own sites. Readers may take the linked page as the organisation's own, or as endorsed by it.</source>
            <translation>自組織以外のサイト（%1）へのリンクです。閲覧者がリンク先のページを組織自身のもの、または組織が推奨するものと受け取るおそれがあります。</translation>
        </message>
        <message>
            <source>Quote or repost</source>
            <translation>引用・リポスト</translation>
        </message>
        <message>
            <source>A quote, repost or retweet. Readers may take the quoted words as the organisation's own.</source>
            <translation>引用、リポストまたはリツイートです。閲覧者が引用された発言を組織自身の見解と受け取るおそれがあります。</translation>
        </message>
        <message>
            <source>Speaking for the organisation</source>
            <translation>組織を代表した発言</translation>
        </message>
        <message>
            <source>Claims to speak for the organisation or to state its official view. This needs approval; a personal view must be marked as personal.</source>
            <translation>組織を代表して、または組織の公式見解として発言しています。承認が必要です。個人的な意見の場合は、個人の見解であることを明記してください。</translation>
        </message>
        <message>
            <source>Portrait rights</source>
            <translation>肖像権</translation>
        </message>
        <message>
            <source>People can be identified in this item and their consent is not confirmed.</source>
            <translation>この素材では人物を特定でき、本人の同意が確認されていません。</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>著作権</translation>
        </message>
        <message>
            <source>This item contains someone else's work and permission is not confirmed.</source>
            <translation>この素材には他者の著作物が含まれており、許諾が確認されていません。</translation>
        </message>
        <message>
            <source>Personal information in a picture</source>
            <translation>画像内の個人情報</translation>
        </message>
        <message>
            <source>Personal information (name tags, addresses, screens, number plates) is visible in this item.</source>
            <translation>この素材に個人情報（名札、住所、画面、ナンバープレート）が写っています。</translation>
        </message>
        <message>
            <source>Too long for the platform</source>
            <translation>プラットフォームの上限超過</translation>
        </message>
        <message>
            <source>The text is longer than the platform allows (%1 used, the limit is %2). The part after the limit is marked.</source>
            <translation>本文がプラットフォームの上限を超えています（使用量 %1、上限 %2）。上限を超えた部分に印が付いています。</translation>
        </message>
    </context>
    <context>
        <name>ScriptDialog</name>
        <message>
            <source>Consent script versions</source>
            <translation>同意取得トークの版</translation>
        </message>
        <message>
            <source>New version name:</source>
            <translation>新しい版の名前：</translation>
        </message>
        <message>
            <source>Japanese (one paragraph per block, blank line between):</source>
            <translation>日本語（1ブロックに1段落、段落の間は空行）：</translation>
        </message>
        <message>
            <source>English:</source>
            <translation>英語：</translation>
        </message>
        <message>
            <source>Write {office} where the office name goes. Earlier records keep the exact text they were captured with.</source>
            <translation>事務所名を入れる箇所には {office} と記入してください。以前の記録には、取得時の文面がそのまま保持されます。</translation>
        </message>
        <message>
            <source>Mark the current version as reviewed</source>
            <translation>現在の版を見直し済みにする</translation>
        </message>
        <message>
            <source>Publish the new version</source>
            <translation>新しい版を公開</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>%1 — published %2, reviewed %3</source>
            <translation>%1 — 公開：%2、見直し：%3</translation>
        </message>
        <message>
            <source>Published.</source>
            <translation>公開しました。</translation>
        </message>
        <message>
            <source>Marked as reviewed.</source>
            <translation>見直し済みにしました。</translation>
        </message>
    </context>
    <context>
        <name>Scripts</name>
        <message>
            <source>The consent script is missing the field %1 or it is not valid.</source>
            <translation>同意取得トークにフィールド %1 がないか、無効です。</translation>
        </message>
        <message>
            <source>The consent script names an unknown channel: %1</source>
            <translation>同意取得トークに不明な受付経路が指定されています：%1</translation>
        </message>
        <message>
            <source>The consent script has no text in the language %1.</source>
            <translation>同意取得トークに言語 %1 のテキストがありません。</translation>
        </message>
        <message>
            <source>The consent script contains an unknown placeholder %1; only {office} is allowed.</source>
            <translation>同意取得トークに不明なプレースホルダー %1 が含まれています。使用できるのは {office} のみです。</translation>
        </message>
        <message>
            <source>Set the office name in the settings before using consent scripts.</source>
            <translation>同意取得トークを使用する前に、設定で事務所名を設定してください。</translation>
        </message>
        <message>
            <source>This script does not belong to this channel.</source>
            <translation>このトーク台本はこの受付経路用ではありません。</translation>
        </message>
        <message>
            <source>The consent script changed while the screen was open. Read the new version to the caller and save again.</source>
            <translation>画面を開いている間に同意取得トークが更新されました。新しい版を相談者に読み上げてから、もう一度保存してください。</translation>
        </message>
        <message>
            <source>The version name %1 is already used for this script.</source>
            <translation>版の名前 %1 は、このトーク台本で既に使用されています。</translation>
        </message>
        <message>
            <source>The text is the same as the current version. To confirm that it is still correct, mark it as reviewed.</source>
            <translation>本文が現在の版と同じです。内容が正しいことを確認した場合は「見直し済み」にしてください。</translation>
        </message>
        <message>
            <source>Enter a version name of at most 40 characters.</source>
            <translation>版の名前を40文字以内で入力してください。</translation>
        </message>
        <message>
            <source>There is no consent script named %1.</source>
            <translation>%1 という名前の同意取得トークはありません。</translation>
        </message>
        <message>
            <source>%1 (version of %2)</source>
            <translation>%1（%2版）</translation>
        </message>
    </context>
    <context>
        <name>ServerConnect</name>
        <message>
            <source>The connection file could not be read. Choose the file the administrator gave you.</source>
            <translation>接続ファイルを読み込めませんでした。管理者から受け取ったファイルを選んでください。</translation>
        </message>
        <message>
            <source>This is not an office server connection file, or it is damaged. Ask the administrator for a new one.</source>
            <translation>事務所のサーバーの接続ファイルではないか、ファイルが壊れています。管理者に新しいファイルを依頼してください。</translation>
        </message>
        <message>
            <source>This office is kept on this computer, not on an office server, so it has no connection file to replace.</source>
            <translation>この事務所は事務所のサーバーではなくこの PC に保存されているため、置き換える接続ファイルはありません。</translation>
        </message>
        <message>
            <source>This connection file is for another office, so nothing was changed. Ask the administrator for this office's new connection file.</source>
            <translation>この接続ファイルは別の事務所のものです。何も変更していません。この事務所の新しい接続ファイルを管理者に依頼してください。</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Connect to the office server</source>
            <translation>事務所のサーバーに接続する</translation>
        </message>
        <message>
            <source>The administrator of the office server gives each computer a connection file. Choose it here. The office's data stays on the server; this computer keeps only the connection settings.</source>
            <translation>事務所のサーバーの管理者が、PC ごとに接続ファイルを渡します。ここでそのファイルを選んでください。事務所のデータはサーバーに保存され、この PC には接続の設定だけが残ります。</translation>
        </message>
        <message>
            <source>Choose the connection file…</source>
            <translation>接続ファイルを選ぶ…</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>サーバー：</translation>
        </message>
        <message>
            <source>Certificate fingerprint:</source>
            <translation>証明書のフィンガープリント：</translation>
        </message>
        <message>
            <source>Ask the administrator to read out the fingerprint of the office's certificate, and compare it with the one above, group by group. If they differ, do not connect: tell the administrator.</source>
            <translation>管理者に事務所の証明書のフィンガープリントを読み上げてもらい、上の表示と区切りごとに照らし合わせてください。違っていたら接続せず、管理者に知らせてください。</translation>
        </message>
        <message>
            <source>The fingerprint is the same as the one the administrator read out.</source>
            <translation>管理者が読み上げたフィンガープリントと一致しています。</translation>
        </message>
        <message>
            <source>Choose the connection file</source>
            <translation>接続ファイルを選ぶ</translation>
        </message>
        <message>
            <source>Connection files (*.json)</source>
            <translation>接続ファイル (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>No connection file chosen yet.</source>
            <translation>接続ファイルはまだ選ばれていません。</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <source>The username or password is not correct.</source>
            <translation>ユーザー名またはパスワードが正しくありません。</translation>
        </message>
        <message>
            <source>Too many failed attempts. Try again in %1 seconds.</source>
            <translation>失敗した回数が多すぎます。%1秒後にもう一度お試しください。</translation>
        </message>
        <message>
            <source>The recovery code is not correct.</source>
            <translation>回復コードが正しくありません。</translation>
        </message>
        <message>
            <source>There is no office in this data folder. Create one first.</source>
            <translation>このデータフォルダーに事務所がありません。先に事務所を作成してください。</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>このデータフォルダーには既に事務所があります。</translation>
        </message>
        <message>
            <source>The session is locked. Unlock it with your password.</source>
            <translation>セッションはロックされています。パスワードを入力してロックを解除してください。</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>現在の役割ではこの操作を実行できません。</translation>
        </message>
        <message>
            <source>For this action, confirm your password again.</source>
            <translation>この操作を行うには、パスワードを再入力して確認してください。</translation>
        </message>
        <message>
            <source>Choose a new password before you continue.</source>
            <translation>続行する前に新しいパスワードを設定してください。</translation>
        </message>
        <message>
            <source>The record was not found.</source>
            <translation>記録が見つかりません。</translation>
        </message>
        <message>
            <source>The key file of this office is damaged, but its previous copy is intact. Opening the office with the previous copy undoes the latest change to the key file (for example a password changed since then); the damaged file is kept.</source>
            <translation>この事務所の鍵ファイルが壊れていますが、一つ前の控えは無事です。控えで開くと、鍵ファイルへの最後の変更（たとえばその後に変えたパスワード）は元に戻ります。壊れたファイルは残しておきます。</translation>
        </message>
        <message>
            <source>The file could not be written. The folder may be read-only or the disk full. Nothing was changed.</source>
            <translation>ファイルを書き込めませんでした。フォルダーが読み取り専用か、ディスクの空き容量が不足している可能性があります。変更は行われていません。</translation>
        </message>
        <message>
            <source>There is not enough free disk space for the export. Nothing was written.</source>
            <translation>出力に必要なディスクの空き容量が不足しています。書き込みは行われていません。</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>取り込みをキャンセルしました。何も取り込まれていません。</translation>
        </message>
        <message>
            <source>An export was interrupted before its file was finished. The unfinished file was removed (%1). Export again if you still need it.</source>
            <translation>出力がファイルの完成前に中断されました。未完成のファイルを削除しました（%1件）。必要な場合はもう一度出力してください。</translation>
        </message>
        <message>
            <source>You cannot decide on your own post. Another manager or an appointed responsible person must review it.</source>
            <translation>ご自身の投稿は判断できません。別の管理責任者または任命された担当責任者が確認する必要があります。</translation>
        </message>
        <message>
            <source>%1 rows contain characters this format cannot hold: %2. Nothing was written and no character was dropped. Choose the UTF-8 format, or correct the names first.</source>
            <translation>%1 件の行に、この形式では扱えない文字があります：%2。ファイルは出力していません（文字を削除・置換することはありません）。UTF-8 の形式を選ぶか、先に氏名を修正してください。</translation>
        </message>
        <message>
            <source>The office database failed its integrity check: part of the file is damaged. Finish what you are doing, make no new backup and ask the administrator to restore the last backup.</source>
            <translation>事務所のデータベースが整合性検査に失敗しました。ファイルの一部が壊れています。今の作業を終えたら新しいバックアップは作らず、管理者に最新のバックアップからの復元を依頼してください。</translation>
        </message>
        <message>
            <source>Import the unsubscribes and bounces from the mail service first, or give a reason for exporting the send list without them.</source>
            <translation>先に配信サービスから配信停止・不達を取り込むか、取り込まずに配信リストを出力する理由を入力してください。</translation>
        </message>
        <message>
            <source>The office server database already holds an office. Set up a new, empty one first.</source>
            <translation>事務所のサーバーのデータベースには、すでに事務所があります。先に新しい空のデータベースを用意してください。</translation>
        </message>
        <message>
            <source>This office is not stored where this step expects it (this PC or the office server).</source>
            <translation>この事務所は、この操作が想定する場所（この PC または事務所のサーバー）に保存されていません。</translation>
        </message>
        <message>
            <source>An office on the office server is not restored from this screen, while other PCs work on it. The server's administrator sets up a new, empty office database, and the backup is then moved onto it like an office of this PC. The backup itself is checked by the test restore.</source>
            <translation>事務所サーバー上の事務所は、他のパソコンが使用中のため、この画面からは復元しません。サーバーの管理者が新しい空の事務所データベースを用意し、このパソコンの事務所と同じ手順でバックアップをそこへ移します。バックアップ自体はテスト復元で確認できます。</translation>
        </message>
        <message>
            <source>The account was deactivated and can no longer sign in. The office key was not changed, because other people are signed in to the office server.</source>
            <translation>アカウントは無効にしました。このアカウントではもうサインインできません。ただし、事務所サーバーに他の人がサインインしているため、事務所の鍵は変更されていません。</translation>
        </message>
        <message>
            <source>The account was deactivated and can no longer sign in. The office key was not changed: the office server refused to encrypt its saved records again. Ask the server's administrator to update the server database.</source>
            <translation>アカウントは無効にしました。このアカウントではもうサインインできません。ただし、事務所サーバーが保存済みの記録の暗号化し直しを拒否したため、事務所の鍵は変更されていません。サーバーの管理者にサーバーのデータベースの更新を依頼してください。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>%1:</source>
            <translation>%1：</translation>
        </message>
        <message>
            <source> min</source>
            <translation>分</translation>
        </message>
        <message>
            <source> business days</source>
            <translation>営業日</translation>
        </message>
        <message>
            <source>Auto-lock after:</source>
            <translation>自動ロックまでの時間：</translation>
        </message>
        <message>
            <source>Unsubscribe deadline:</source>
            <translation>配信停止の処理期限：</translation>
        </message>
        <message>
            <source> days</source>
            <translation>日</translation>
        </message>
        <message>
            <source>The send-list export warns when the unsubscribes and bounces were last imported from the mail service longer ago than this.</source>
            <translation>配信サービスから配信停止・エラーを最後に取り込んでからこの日数を過ぎると、配信リストの書き出しで警告します。</translation>
        </message>
        <message>
            <source>Import from the mail service at least every:</source>
            <translation>配信サービスからの取り込み間隔（最長）：</translation>
        </message>
        <message>
            <source>The sender name, postal address, opt-out contact, opt-out statement and inquiry contact appear in every mail (特定電子メール法 Art. 4). The send-list export warns when any is missing.</source>
            <translation>送信者の名称、住所、配信停止の受付先、配信停止できる旨の記載、問い合わせ先は、すべてのメールに表示されます（特定電子メール法第4条）。いずれかが未入力の場合、配信リストの出力時に警告が表示されます。</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Import limits</source>
            <translation>取り込みの上限</translation>
        </message>
        <message>
            <source>A contact list, suppression list or mail-service file larger than these is refused before it is read. Raise them only for a file you trust.</source>
            <translation>これを超える連絡先リスト・配信停止リスト・配信サービスのファイルは、読み込む前に取り込みを断ります。上限を上げるのは、信頼できるファイルの場合だけにしてください。</translation>
        </message>
        <message>
            <source>Back to the standard limits</source>
            <translation>標準の上限に戻す</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>After each question</source>
            <translation>各問題の後</translation>
        </message>
        <message>
            <source>At the end of the quiz</source>
            <translation>クイズの最後</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>First month of the fiscal year:</source>
            <translation>年度の開始月：</translation>
        </message>
        <message>
            <source>Questions per quiz:</source>
            <translation>1回あたりの問題数：</translation>
        </message>
        <message>
            <source>Pass mark:</source>
            <translation>合格点：</translation>
        </message>
        <message>
            <source>Show explanations:</source>
            <translation>解説の表示：</translation>
        </message>
        <message>
            <source>Saved. The settings apply to quizzes started from now on.</source>
            <translation>保存しました。この設定は、今後開始するクイズに適用されます。</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Madoguchi</source>
            <translation>Madoguchiのセットアップ</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>戻る</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>次へ</translation>
        </message>
        <message>
            <source>Welcome to Madoguchi</source>
            <translation>Madoguchiへようこそ</translation>
        </message>
        <message>
            <source>Use on this PC only</source>
            <translation>この PC だけで使う</translation>
        </message>
        <message>
            <source>Connect to the office server</source>
            <translation>事務所のサーバーに接続する</translation>
        </message>
        <message>
            <source>The office is kept encrypted on this computer. For an office with one PC.</source>
            <translation>事務所のデータをこの PC に暗号化して保存します。PC が 1 台の事務所向けです。</translation>
        </message>
        <message>
            <source>Several PCs work on one office kept on the office's server. You need the connection file from the server's administrator.</source>
            <translation>事務所のサーバーにある 1 つの事務所を、複数の PC で使います。サーバーの管理者から受け取る接続ファイルが必要です。</translation>
        </message>
        <message>
            <source>The office server has no office yet. As its first administrator, set up the office now: its name, the privacy officer, and your own account.</source>
            <translation>事務所のサーバーには、まだ事務所がありません。最初の管理者として、事務所の名前、個人情報保護責任者、あなた自身のアカウントを設定してください。</translation>
        </message>
        <message>
            <source>This sets up the office: its name, the privacy officer whom staff report problems to, where the encrypted data is kept, and the first administrator.</source>
            <translation>事務所の初期設定を行います。事務所名、職員が問題を報告する個人情報保護責任者、暗号化したデータの保存場所、最初のシステム管理者を設定します。</translation>
        </message>
        <message>
            <source>Phone number or e-mail address</source>
            <translation>電話番号またはメールアドレス</translation>
        </message>
        <message>
            <source>Office name:</source>
            <translation>事務所名：</translation>
        </message>
        <message>
            <source>Privacy officer:</source>
            <translation>個人情報保護責任者：</translation>
        </message>
        <message>
            <source>Privacy officer's contact:</source>
            <translation>個人情報保護責任者の連絡先：</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>データフォルダー</translation>
        </message>
        <message>
            <source>The office database and its key file are kept in this folder, encrypted. Choose a folder on this computer: not a network share and not a cloud-sync folder. The command line uses the same default folder.</source>
            <translation>事務所のデータベースとその鍵ファイルは、暗号化されてこのフォルダーに保存されます。このコンピューター上のフォルダーを選択してください（ネットワーク共有フォルダーやクラウド同期フォルダーは使用できません）。コマンドラインでも同じ既定のフォルダーが使用されます。</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>First administrator</source>
            <translation>最初のシステム管理者</translation>
        </message>
        <message>
            <source>The administrator manages staff accounts, settings and backups. Every person gets their own account later; do not share this one.</source>
            <translation>システム管理者は、職員のアカウント、設定、バックアップを管理します。職員一人ひとりのアカウントは後で作成します。このアカウントは共有しないでください。</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>ユーザー名：</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation>表示名：</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>回復コード</translation>
        </message>
        <message>
            <source>If every administrator password is lost, this code is the only way to open the office. It is shown only now. Print it or save it, and keep it locked away from this computer.</source>
            <translation>すべてのシステム管理者のパスワードを紛失した場合、事務所を開く方法はこのコードしかありません。このコードは今回しか表示されません。印刷または保存し、このコンピューターから離れた場所に施錠して保管してください。</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>印刷…</translation>
        </message>
        <message>
            <source>Save as text file…</source>
            <translation>テキストファイルとして保存…</translation>
        </message>
        <message>
            <source>I have stored the recovery code in a safe place.</source>
            <translation>回復コードを安全な場所に保管しました。</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>データフォルダーの選択</translation>
        </message>
        <message>
            <source>Create office</source>
            <translation>事務所を作成</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>開始</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>接続</translation>
        </message>
        <message>
            <source>Connecting to the office server…</source>
            <translation>事務所のサーバーに接続しています…</translation>
        </message>
        <message>
            <source>Creating the encrypted office…</source>
            <translation>暗号化された事務所を作成しています…</translation>
        </message>
        <message>
            <source>Madoguchi recovery code

Office: %1
Code: %2

Keep this paper locked away. Anyone with this code and the office files can open the office.</source>
            <translation>Madoguchi 回復コード

事務所：%1
コード：%2

この用紙は施錠して保管してください。このコードと事務所のファイルがあれば、誰でも事務所を開くことができます。</translation>
        </message>
        <message>
            <source>Save the recovery code</source>
            <translation>回復コードの保存</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>テキストファイル (*.txt)</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>ファイルを書き込めませんでした。</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボード操作</translation>
        </message>
        <message>
            <source>Contacts: go to the search box</source>
            <translation>連絡先：検索欄へ移動</translation>
        </message>
        <message>
            <source>Phone entry: record agreed / refused</source>
            <translation>電話受付：同意／拒否を記録</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>次／前の入力欄へ</translation>
        </message>
        <message>
            <source>Close the dialog</source>
            <translation>ダイアログを閉じる</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>キー</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>操作</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>The database encryption library is not available, so the office cannot be opened safely.</source>
            <translation>データベース暗号化ライブラリが利用できないため、事務所を安全に開くことができません。</translation>
        </message>
        <message>
            <source>The office database could not be opened: the key does not match or the file is damaged.</source>
            <translation>事務所のデータベースを開けませんでした。鍵が一致しないか、ファイルが破損しています。</translation>
        </message>
        <message>
            <source>The office database failed its integrity check. Nothing was written. Restore a backup.</source>
            <translation>事務所のデータベースの整合性チェックに失敗しました。書き込みは行われていません。バックアップから復元してください。</translation>
        </message>
        <message>
            <source>This office is already open in another Madoguchi window or on another computer. Close it there first.</source>
            <translation>この事務所は、別のMadoguchiウィンドウまたは別のコンピューターで既に開かれています。先にそちらで閉じてください。</translation>
        </message>
        <message>
            <source>The office database was made by a newer version of Madoguchi (schema %1; this version supports %2). Install the newer version.</source>
            <translation>事務所のデータベースは、より新しいバージョンのMadoguchiで作成されています（スキーマ %1、このバージョンの対応スキーマ %2）。新しいバージョンをインストールしてください。</translation>
        </message>
        <message>
            <source>The key file of this office is missing, damaged or was edited. The office cannot be opened with it.</source>
            <translation>この事務所の鍵ファイルが見つからないか、破損しているか、編集されています。この鍵ファイルでは事務所を開けません。</translation>
        </message>
        <message>
            <source>The data folder cannot be written to. Choose another folder or check its permissions.</source>
            <translation>データフォルダーに書き込めません。別のフォルダーを選択するか、フォルダーのアクセス権を確認してください。</translation>
        </message>
        <message>
            <source>The office cannot live on a network share or in a cloud-sync folder: the database needs a disk of this computer. Choose a local folder.</source>
            <translation>事務所はネットワーク共有フォルダーやクラウド同期フォルダーには置けません。データベースはこのコンピューターのディスク上にある必要があります。ローカルフォルダーを選択してください。</translation>
        </message>
        <message>
            <source>The audit log cannot be changed or deleted.</source>
            <translation>監査ログは変更も削除もできません。</translation>
        </message>
        <message>
            <source>The disk is full, so Madoguchi could not save. Nothing was changed. Free some space and try again.</source>
            <translation>ディスクがいっぱいのため、Madoguchiは保存できませんでした。何も変更していません。空き容量を増やしてから、もう一度お試しください。</translation>
        </message>
        <message>
            <source>The office database file is empty or missing. Nothing was written to it. Restore the office folder from a backup.</source>
            <translation>事務所のデータベースファイルが空か、見つかりません。このファイルには何も書き込んでいません。バックアップから事務所のフォルダーを復元してください。</translation>
        </message>
        <message>
            <source>The office database file is not an encrypted Madoguchi database. Nothing was changed. Check the data folder or restore it from a backup.</source>
            <translation>事務所のデータベースファイルが、暗号化されたMadoguchiのデータベースではありません。何も変更していません。データフォルダーを確認するか、バックアップから復元してください。</translation>
        </message>
        <message>
            <source>A new office can only be created in an empty folder. Choose an empty folder.</source>
            <translation>新しい事務所は空のフォルダーにしか作れません。空のフォルダーを選んでください。</translation>
        </message>
        <message>
            <source>The office server cannot be reached. Nothing was saved by the last step. Check the network and that the server is running; Madoguchi reconnects by itself.</source>
            <translation>事務所のサーバーに接続できません。直前の操作では何も保存されていません。ネットワークと、サーバーが動いていることを確認してください。Madoguchi は自動で再接続します。</translation>
        </message>
        <message>
            <source>The office server's certificate does not match this computer's connection settings, so nothing was sent to it. Ask the administrator to check the server's address and certificate.</source>
            <translation>事務所のサーバーの証明書がこの PC の接続設定と一致しないため、何も送信していません。サーバーのアドレスと証明書の確認を管理者に依頼してください。</translation>
        </message>
        <message>
            <source>The office server no longer accepts this computer's connection file: the administrator has changed it. Ask the administrator for the new connection file.</source>
            <translation>管理者が事務所のサーバーの接続ファイルを変更したため、この PC の接続ファイルでは接続できなくなりました。管理者に新しい接続ファイルを依頼してください。</translation>
        </message>
        <message>
            <source>The office server's database is not prepared for this version of Madoguchi. Ask the administrator to update it with the server command.</source>
            <translation>事務所のサーバーのデータベースが、この版の Madoguchi に対応していません。サーバー用のコマンドで更新するよう管理者に依頼してください。</translation>
        </message>
        <message>
            <source>The office server has been updated for a newer version of Madoguchi. Install the newer version on this computer, then log in again.</source>
            <translation>事務所のサーバーが、新しい版の Madoguchi 用に更新されました。この PC にも新しい版をインストールしてから、もう一度ログインしてください。</translation>
        </message>
        <message>
            <source>Someone else changed this at the same time. Nothing was overwritten: reopen it to see their change, then make yours again.</source>
            <translation>ほかの人が同時に変更しました。上書きはしていません。開き直して相手の変更を確認してから、もう一度変更してください。</translation>
        </message>
        <message>
            <source>This user is already signed in on another computer. Sign out there first, or sign in as yourself.</source>
            <translation>このユーザーは別のパソコンでログイン中です。そちらでログアウトしてから、もう一度ログインしてください。ご自分のユーザー名でログインしているかもご確認ください。</translation>
        </message>
        <message>
            <source>The backup set is incomplete or damaged.</source>
            <translation>バックアップ一式が不完全か、破損しています。</translation>
        </message>
        <message>
            <source>The work was stopped because the office was locked. Nothing half-done was kept.</source>
            <translation>ロックされたため、処理を中止しました。途中までの結果は残していません。</translation>
        </message>
        <message>
            <source>Other people are signed in to the office server. The office key can only be changed while everyone else is signed out: ask them to sign out, then try again. Nothing was changed.</source>
            <translation>事務所サーバーに他の人がサインインしています。事務所の鍵は、他の全員がサインアウトしている間だけ変更できます。サインアウトしてもらってから、もう一度お試しください。何も変更されていません。</translation>
        </message>
        <message>
            <source>The office key could not be changed: the office server keeps saved records as written and refused to encrypt them again. Ask the server's administrator to update the server database. Nothing was changed.</source>
            <translation>事務所の鍵を変更できませんでした。事務所サーバーは保存済みの記録を書かれたとおりに保つため、暗号化し直すことを拒否しました。サーバーの管理者にサーバーのデータベースの更新を依頼してください。何も変更されていません。</translation>
        </message>
    </context>
    <context>
        <name>SuppressionImportDialog</name>
        <message>
            <source>Import from the mail service</source>
            <translation>配信サービスから取り込む</translation>
        </message>
        <message>
            <source>The unsubscribe, bounce or complaint list downloaded from the service</source>
            <translation>配信サービスからダウンロードした配信停止・不達・迷惑メール報告のリスト</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Recognise automatically</source>
            <translation>自動で判別</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>ファイル:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>プレビュー</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>件数</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>Apply to the send list</source>
            <translation>配信リストに反映</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>What importing will do</source>
            <translation>取り込むと行われること</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>例</translation>
        </message>
        <message>
            <source>Choose the file from the mail service</source>
            <translation>配信サービスのファイルを選択</translation>
        </message>
        <message>
            <source>CSV, ZIP or Excel files (*.csv *.txt *.zip *.xlsx)</source>
            <translation>CSV・ZIP・Excel ファイル (*.csv *.txt *.zip *.xlsx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>すべてのファイル (*)</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>先にファイルを選んでください。</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>ファイルを読み込んで確認しています…</translation>
        </message>
        <message>
            <source>Read as: %1. %2 addresses will be taken off the send list.</source>
            <translation>読み取った形式: %1。%2 件のアドレスを配信リストから外します。</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>反映しています…</translation>
        </message>
        <message>
            <source>Done: %1 addresses were taken off the send list.</source>
            <translation>完了: %1 件のアドレスを配信リストから外しました。</translation>
        </message>
    </context>
    <context>
        <name>SyncBanner</name>
        <message>
            <source>e.g. an urgent notice that cannot wait for the import</source>
            <translation>例: 取り込みを待てない緊急のお知らせ</translation>
        </message>
        <message>
            <source>Reason to export anyway:</source>
            <translation>このまま出力する理由:</translation>
        </message>
        <message>
            <source>Unsubscribes and bounces have not been imported from the mail service yet (Contacts → Import from the mail service).</source>
            <translation>配信サービスからの配信停止・不達の取り込みはまだありません（連絡先 → 配信サービスから取り込む）。</translation>
        </message>
        <message>
            <source>Last import from the mail service: %1.</source>
            <translation>配信サービスからの最後の取り込み: %1</translation>
        </message>
        <message>
            <source>People who unsubscribed through the service's link may be sent mail again. Import the service's unsubscribe and bounce lists first, or give a reason to export anyway (the reason is recorded in the audit log).</source>
            <translation>配信サービスのリンクから配信停止した方に、再びメールが届くおそれがあります。先に配信停止・不達の一覧を取り込むか、このまま出力する理由を入力してください（理由は監査ログに記録されます）。</translation>
        </message>
    </context>
    <context>
        <name>TextKeeper</name>
        <message>
            <source>Your unsaved text was kept and is back.</source>
            <translation>保存前の入力内容を保管していたので、元に戻しました。</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Quiz file %1 is not a table of questions.</source>
            <translation>クイズファイル %1 は問題のテーブルではありません。</translation>
        </message>
        <message>
            <source>Quiz file %1 has an unknown key "%2".</source>
            <translation>クイズファイル %1 に不明なキー「%2」があります。</translation>
        </message>
        <message>
            <source>The quiz bank holds no questions.</source>
            <translation>問題集に問題がありません。</translation>
        </message>
        <message>
            <source>Question %1 is not a table.</source>
            <translation>問題 %1 がテーブルではありません。</translation>
        </message>
        <message>
            <source>Question %1 has an unknown field "%2".</source>
            <translation>問題 %1 に不明なフィールド「%2」があります。</translation>
        </message>
        <message>
            <source>Question %1: the field "%2" is missing or empty.</source>
            <translation>問題 %1：フィールド「%2」がないか、空です。</translation>
        </message>
        <message>
            <source>Question %1: the field "%2" has the wrong type.</source>
            <translation>問題 %1：フィールド「%2」の型が正しくありません。</translation>
        </message>
        <message>
            <source>Question %1: the id "%2" may only hold lowercase letters, digits and hyphens.</source>
            <translation>問題 %1：ID「%2」には英小文字、数字、ハイフンのみ使用できます。</translation>
        </message>
        <message>
            <source>Question %1: the id "%2" is used more than once.</source>
            <translation>問題 %1：ID「%2」が重複しています。</translation>
        </message>
        <message>
            <source>Question %1: unknown kind "%2".</source>
            <translation>問題 %1：不明な種類「%2」です。</translation>
        </message>
        <message>
            <source>Question %1: unknown topic "%2".</source>
            <translation>問題 %1：不明なトピック「%2」です。</translation>
        </message>
        <message>
            <source>Question %1: "select" must be "single" or "multiple", not "%2".</source>
            <translation>問題 %1：「select」は「single」または「multiple」である必要があります（指定値：「%2」）。</translation>
        </message>
        <message>
            <source>Question %1: "select" is only used by scenario questions.</source>
            <translation>問題 %1：「select」はシナリオ問題でのみ使用します。</translation>
        </message>
        <message>
            <source>Question %1 needs at least two choices.</source>
            <translation>問題 %1 には選択肢が2つ以上必要です。</translation>
        </message>
        <message>
            <source>Question %1: the choice id "%2" is used more than once.</source>
            <translation>問題 %1：選択肢ID「%2」が重複しています。</translation>
        </message>
        <message>
            <source>Question %1: choice "%2" has no text in the language "%3".</source>
            <translation>問題 %1：選択肢「%2」に言語「%3」のテキストがありません。</translation>
        </message>
        <message>
            <source>Question %1: a true/false question has exactly the choices "true" and "false".</source>
            <translation>問題 %1：正誤問題の選択肢は「true」と「false」の2つだけにしてください。</translation>
        </message>
        <message>
            <source>Question %1 has no correct answer.</source>
            <translation>問題 %1 に正解がありません。</translation>
        </message>
        <message>
            <source>Question %1: the answer "%2" is not one of its choices.</source>
            <translation>問題 %1：正解「%2」が選択肢にありません。</translation>
        </message>
        <message>
            <source>Question %1 lists the answer "%2" twice.</source>
            <translation>問題 %1 で正解「%2」が2回指定されています。</translation>
        </message>
        <message>
            <source>Question %1 allows one choice and needs exactly one correct answer, not %2.</source>
            <translation>問題 %1 は単一選択のため、正解をちょうど1つにしてください（現在：%2個）。</translation>
        </message>
        <message>
            <source>Question %1: every choice is correct; add at least one wrong choice.</source>
            <translation>問題 %1：すべての選択肢が正解になっています。不正解の選択肢を1つ以上追加してください。</translation>
        </message>
        <message>
            <source>Question %1: the source needs a file name, a line number from 1 and a quote of at least %2 characters.</source>
            <translation>問題 %1：出典には、ファイル名、行番号（1以上）、%2文字以上の引用が必要です。</translation>
        </message>
        <message>
            <source>The first month of the fiscal year must be between 1 and 12, not %1.</source>
            <extracomment>The one format of dates and times the office reads (screens, sheets, printouts): 2026/12/05 14:30.</extracomment>
            <translation>年度の開始月は1～12で指定してください（指定値：%1）。</translation>
        </message>
        <message>
            <source>"%1" is not a quarter such as "FY2026 Q3".</source>
            <translation>「%1」は「FY2026 Q3」のような四半期の形式ではありません。</translation>
        </message>
        <message>
            <source>A quiz needs at least one question, not %1.</source>
            <translation>クイズには1問以上の問題が必要です（指定値：%1）。</translation>
        </message>
        <message>
            <source>Unknown quiz topic "%1".</source>
            <translation>不明なクイズのトピック「%1」です。</translation>
        </message>
        <message>
            <source>There are no questions for the chosen topics.</source>
            <translation>選択したトピックの問題がありません。</translation>
        </message>
        <message>
            <source>The pass mark must be more than 0 and at most 1 (100 %), not %1.</source>
            <translation>合格点は0より大きく1（100%）以下で指定してください（指定値：%1）。</translation>
        </message>
        <message>
            <source>An answer was given for the question "%1", which was not asked.</source>
            <translation>出題されていない問題「%1」に対する解答があります。</translation>
        </message>
        <message>
            <source>The selected choice "%2" is not a choice of the question "%1".</source>
            <translation>選択された「%2」は、問題「%1」の選択肢ではありません。</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>先に解答を選択してください。</translation>
        </message>
        <message>
            <source>Choose exactly one answer.</source>
            <translation>解答を1つだけ選択してください。</translation>
        </message>
        <message>
            <source>This question has already been answered.</source>
            <translation>この問題には既に解答しています。</translation>
        </message>
        <message>
            <source>Answer every question before finishing: %1 of %2 are still open.</source>
            <translation>終了する前にすべての問題に解答してください（未解答：%2問中%1問）。</translation>
        </message>
        <message>
            <source>This quiz has already been finished.</source>
            <translation>このクイズは既に終了しています。</translation>
        </message>
        <message>
            <source>The number of questions must be between 1 and %1, not %2.</source>
            <translation>問題数は1～%1で指定してください（指定値：%2）。</translation>
        </message>
        <message>
            <source>Show the explanations after each question or at the end, not "%1".</source>
            <translation>解説の表示は「各問題の後」または「クイズの最後」を指定してください（指定値：「%1」）。</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Passed</source>
            <translation>合格</translation>
        </message>
        <message>
            <source>Attempted, not passed yet</source>
            <translation>受験済み・未合格</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>未受験</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>期限超過</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1%</translation>
        </message>
        <message>
            <source>You passed this quarter's training (%1) on %2.</source>
            <translation>今四半期の研修（%1）には %2 に合格済みです。</translation>
        </message>
        <message>
            <source>You have not passed this quarter's training (%1) yet: your best score is %2 of %3. %4 days left.</source>
            <translation>今四半期の研修（%1）にはまだ合格していません。最高得点は%3問中%2問です。残り%4日です。</translation>
        </message>
        <message>
            <source>You have not taken this quarter's training (%1) yet. %2 days left.</source>
            <translation>今四半期の研修（%1）をまだ受験していません。残り%2日です。</translation>
        </message>
        <message>
            <source>You have not passed this quarter's training yet. %1 days left.</source>
            <translation>今四半期の研修にはまだ合格していません。残り%1日です。</translation>
        </message>
        <message>
            <source>Source: %1: “%2”</source>
            <translation>出典：%1「%2」</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>クイズ</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>レポート</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>設定</translation>
        </message>
    </context>
    <context>
        <name>Unsubscribe</name>
        <message>
            <source>Phone</source>
            <translation>電話</translation>
        </message>
        <message>
            <source>E-mail reply</source>
            <translation>メール返信</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Webフォーム</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>書面</translation>
        </message>
        <message>
            <source>Mail service</source>
            <translation>配信サービス</translation>
        </message>
        <message>
            <source>Choose how the request arrived.</source>
            <translation>依頼の受付経路を選択してください。</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>受付日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>Enter a number of business days from 1 to 30.</source>
            <translation>営業日数を1～30で入力してください。</translation>
        </message>
        <message>
            <source>This request has already been processed.</source>
            <translation>この依頼は既に処理済みです。</translation>
        </message>
        <message>
            <source>A request by phone is processed during the call: enter the address the caller gives.</source>
            <translation>電話での依頼は通話中に処理します。相談者が伝えるアドレスを入力してください。</translation>
        </message>
        <message>
            <source>Enter the address, or what the request says about it.</source>
            <translation>アドレス、または依頼に記載されたアドレスに関する内容を入力してください。</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>テキストが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The memo is too long (at most %1 characters).</source>
            <translation>メモが長すぎます（%1文字以内）。</translation>
        </message>
    </context>
    <context>
        <name>UnsubscribePage</name>
        <message>
            <source>The address that should receive no more e-mail</source>
            <translation>今後メールを送信しないアドレス</translation>
        </message>
        <message>
            <source>Cannot be processed now (for example the address in a letter is unclear)</source>
            <translation>今は処理できない（例：郵送で届いた依頼のアドレスが判読できない）</translation>
        </message>
        <message>
            <source>Memo (optional)</source>
            <translation>メモ（任意）</translation>
        </message>
        <message>
            <source>Stop e-mail now (Ctrl+Enter)</source>
            <translation>今すぐ配信停止（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>メールアドレス：</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>受付日：</translation>
        </message>
        <message>
            <source>Arrived by:</source>
            <translation>受付経路：</translation>
        </message>
        <message>
            <source>Memo:</source>
            <translation>メモ：</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>期限</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>受付日</translation>
        </message>
        <message>
            <source>Arrived by</source>
            <translation>受付経路</translation>
        </message>
        <message>
            <source>Address as received</source>
            <translation>受付時のアドレス</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>メモ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Process the selected request…</source>
            <translation>選択した依頼を処理…</translation>
        </message>
        <message>
            <source>Processed</source>
            <translation>処理日時</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>アドレス</translation>
        </message>
        <message>
            <source>By</source>
            <translation>処理者</translation>
        </message>
        <message>
            <source>Recently processed</source>
            <translation>最近処理した依頼</translation>
        </message>
        <message>
            <source>Unsubscribe: stop e-mail now</source>
            <translation>配信停止：今すぐ配信を停止</translation>
        </message>
        <message>
            <source>%1 unsubscribe request(s) are OVERDUE. Process them now: until then e-mail may still go to people who asked to stop.</source>
            <translation>【期限超過】配信停止依頼が%1件、期限を超過しています。直ちに処理してください。処理するまでは、停止を求めた人にメールが送信されるおそれがあります。</translation>
        </message>
        <message>
            <source>Waiting to be processed: %1</source>
            <translation>処理待ち：%1</translation>
        </message>
        <message>
            <source>Overdue by %1 business day(s)</source>
            <translation>%1営業日超過</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>本日期限</translation>
        </message>
        <message>
            <source>%1 business day(s) left</source>
            <translation>残り%1営業日</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>（削除済み）</translation>
        </message>
        <message>
            <source>Put in the queue (Ctrl+Enter)</source>
            <translation>処理待ちに追加（Ctrl+Enter）</translation>
        </message>
        <message>
            <source>Due within %1 business days of the date received.</source>
            <translation>期限は受付日から%1営業日以内です。</translation>
        </message>
        <message>
            <source>Takes effect at once: the address leaves every send list.</source>
            <translation>直ちに反映され、このアドレスはすべての配信リストから外れます。</translation>
        </message>
        <message>
            <source>%1 is not in the contacts. It will be recorded so that it is never added.</source>
            <translation>%1 は連絡先に登録されていません。今後追加されないよう、配信停止リスト（抑止リスト）に記録します。</translation>
        </message>
        <message>
            <source>This address was deleted on request earlier; it is already blocked.</source>
            <translation>このアドレスは以前に本人の請求により削除されており、既に配信が抑止されています。</translation>
        </message>
        <message>
            <source>Found: %1 — %2</source>
            <translation>該当あり：%1 — %2</translation>
        </message>
        <message>
            <source>Queued. Due by %1.</source>
            <translation>処理待ちに追加しました。期限は %1 です。</translation>
        </message>
        <message>
            <source>Recorded. The address had been deleted on request and stays blocked.</source>
            <translation>記録しました。このアドレスは本人の請求により削除済みのため、引き続き配信が抑止されます。</translation>
        </message>
        <message>
            <source>Done: %1 has left the send list.</source>
            <translation>完了：%1 を配信リストから外しました。</translation>
        </message>
        <message>
            <source>Done: %1 will not receive e-mail.</source>
            <translation>完了：%1 にはメールを送信しません。</translation>
        </message>
        <message>
            <source>Select a request in the queue first.</source>
            <translation>先に処理待ちの一覧から依頼を選択してください。</translation>
        </message>
        <message>
            <source>The queued request was processed; the address receives no more e-mail.</source>
            <translation>処理待ちの依頼を処理しました。このアドレスには今後メールを送信しません。</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Username</source>
            <translation>ユーザー名</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>表示名</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>役割</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Approves posts</source>
            <translation>投稿の承認</translation>
        </message>
        <message>
            <source>Yes (manager)</source>
            <translation>可（管理責任者）</translation>
        </message>
        <message>
            <source>Yes (appointed)</source>
            <translation>可（任命された担当責任者）</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>無効</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>パスワード変更が必要</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>有効</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Reset password…</source>
            <translation>パスワードのリセット…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>役割の変更</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>無効化…</translation>
        </message>
        <message>
            <source>Appoint / end: responsible person for posts</source>
            <translation>投稿の担当責任者に任命／任命を終了</translation>
        </message>
        <message>
            <source>Deactivating a user removes their key slot and changes the office key, so a copy of their old key file opens nothing; their records stay. Backups made before still open with their old password.</source>
            <translation>ユーザーを無効化すると、そのユーザーの鍵スロットを削除し、事務所の鍵も変更します。古い鍵ファイルの写しでは開けなくなります。記録は残ります。それ以前のバックアップは、以前のパスワードで引き続き開くことができます。</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>ユーザー</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>新規ユーザー(&amp;N)…</translation>
        </message>
        <message>
            <source>Posts can be approved by %1 manager(s) and %2 appointed responsible person(s); a post needs an approver other than its author, so some posts cannot be approved now. Appoint a responsible person for posts: choose an advisor in the list and click "Appoint / end: responsible person for posts". Or make someone a manager with "Change role".</source>
            <translation>投稿を承認できるのは管理責任者 %1 名と任命された担当責任者 %2 名です。投稿には作成者以外の承認者が必要なため、今は承認できない投稿があります。一覧で相談員を選び「投稿の担当責任者に任命／任命を終了」を押して担当責任者を任命するか、「役割の変更」で管理責任者を置いてください。</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>ユーザーの無効化</translation>
        </message>
        <message>
            <source>Deactivate %1? They can no longer log in; their history is kept.</source>
            <translation>%1 を無効化しますか？このユーザーはログインできなくなります。履歴は保持されます。</translation>
        </message>
    </context>
    <context>
        <name>Violations</name>
        <message>
            <source>Data lost or misplaced</source>
            <translation>データの紛失・所在不明</translation>
        </message>
        <message>
            <source>Sent or handed to the wrong recipient</source>
            <translation>誤送信・誤交付</translation>
        </message>
        <message>
            <source>Unauthorised access</source>
            <translation>不正アクセス</translation>
        </message>
        <message>
            <source>E-mail sent without consent</source>
            <translation>同意のないメール送信</translation>
        </message>
        <message>
            <source>Other breach of the manual</source>
            <translation>その他のマニュアル違反</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation>メールアドレス</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>氏名</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>電話番号</translation>
        </message>
        <message>
            <source>Postal addresses</source>
            <translation>住所</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>同意記録</translation>
        </message>
        <message>
            <source>Login IDs or passwords</source>
            <translation>ログインIDまたはパスワード</translation>
        </message>
        <message>
            <source>Card or bank details</source>
            <translation>カード情報・口座情報</translation>
        </message>
        <message>
            <source>Sensitive information (health, beliefs, criminal record…)</source>
            <translation>要配慮個人情報（病歴、信条、犯罪歴…）</translation>
        </message>
        <message>
            <source>Other data</source>
            <translation>その他のデータ</translation>
        </message>
        <message>
            <source>It involves sensitive personal information (要配慮個人情報).</source>
            <translation>要配慮個人情報が含まれています。</translation>
        </message>
        <message>
            <source>Misuse of the data could cause financial harm (e.g. card numbers, login passwords).</source>
            <translation>不正に利用されると財産的被害が生じるおそれがあります（例：カード番号、ログインパスワード）。</translation>
        </message>
        <message>
            <source>It may have been done for an unlawful purpose (e.g. unauthorised access, theft by staff).</source>
            <translation>不正の目的で行われたおそれがあります（例：不正アクセス、職員による持ち出し）。</translation>
        </message>
        <message>
            <source>More than 1,000 people are or may be affected.</source>
            <translation>対象者（本人）が1,000人を超えるか、そのおそれがあります。</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>対応中</translation>
        </message>
        <message>
            <source>Reported to the PPC</source>
            <translation>個人情報保護委員会に報告済み</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>完了</translation>
        </message>
        <message>
            <source>Preliminary report (速報)</source>
            <translation>速報</translation>
        </message>
        <message>
            <source>Final report (確報)</source>
            <translation>確報</translation>
        </message>
        <message>
            <source>1. Summary</source>
            <extracomment>The nine items a report to the PPC gives (PPC Rules Art. 8(1)), in the form's order.</extracomment>
            <translation>1. 概要</translation>
        </message>
        <message>
            <source>2. Kinds of personal data</source>
            <translation>2. 個人データの項目</translation>
        </message>
        <message>
            <source>3. Number of people</source>
            <translation>3. 対象者（本人）の数</translation>
        </message>
        <message>
            <source>4. Cause</source>
            <translation>4. 原因</translation>
        </message>
        <message>
            <source>5. Secondary harm, or the risk of it</source>
            <translation>5. 二次被害またはそのおそれの有無と内容</translation>
        </message>
        <message>
            <source>6. What was done for the people affected</source>
            <translation>6. 本人への対応の実施状況</translation>
        </message>
        <message>
            <source>7. Public announcement</source>
            <translation>7. 公表の実施状況</translation>
        </message>
        <message>
            <source>8. Measures against recurrence</source>
            <translation>8. 再発防止策</translation>
        </message>
        <message>
            <source>9. Other useful information</source>
            <translation>9. その他参考となる事項</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>発生内容を選択してください。</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>発生した内容の詳細を入力してください。</translation>
        </message>
        <message>
            <source>The description is too long (at most %1 characters).</source>
            <translation>詳細が長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>テキストが長すぎます（%1文字以内）。</translation>
        </message>
        <message>
            <source>The time it was noticed cannot be in the future.</source>
            <translation>発覚日時に未来の日時は指定できません。</translation>
        </message>
        <message>
            <source>The time it happened cannot be in the future.</source>
            <translation>発生日時に未来の日時は指定できません。</translation>
        </message>
        <message>
            <source>It cannot have happened after it was noticed.</source>
            <translation>発生日時を発覚日時より後にすることはできません。</translation>
        </message>
        <message>
            <source>Enter the number of people affected as a whole number from 0 to %1, or leave it empty if unknown.</source>
            <translation>対象者（本人）の数は0～%1の整数で入力してください。不明な場合は空欄のままにしてください。</translation>
        </message>
        <message>
            <source>Choose the kinds of data from the list.</source>
            <translation>データの種類を一覧から選択してください。</translation>
        </message>
        <message>
            <source>Choose a status.</source>
            <translation>状態を選択してください。</translation>
        </message>
        <message>
            <source>The preliminary report cannot be dated before the day the case was noticed (%1).</source>
            <translation>速報の日付を発覚日（%1）より前にすることはできません。</translation>
        </message>
        <message>
            <source>The preliminary report cannot be dated in the future.</source>
            <translation>速報の日付に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>The final report cannot be dated before the day the case was noticed (%1).</source>
            <translation>確報の日付を発覚日（%1）より前にすることはできません。</translation>
        </message>
        <message>
            <source>The final report cannot be dated in the future.</source>
            <translation>確報の日付に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>The people affected cannot have been told before the day the case was noticed (%1).</source>
            <translation>本人への通知日を発覚日（%1）より前にすることはできません。</translation>
        </message>
        <message>
            <source>The day the people affected were told cannot be in the future.</source>
            <translation>本人への通知日に未来の日付は指定できません。</translation>
        </message>
        <message>
            <source>Write a closing note (what was found and what was done) before closing the case.</source>
            <translation>事案を完了する前に、完了時の記録（判明した事実と実施した対応）を入力してください。</translation>
        </message>
        <message>
            <source>A report to the PPC may be needed: enter the date of the final report before closing the case. If no report is needed (e.g. the data was strongly encrypted), correct the facts first.</source>
            <translation>個人情報保護委員会への報告が必要な可能性があります。事案を完了する前に確報の日付を入力してください。報告が不要な場合（例：データに高度な暗号化が施されていた）は、先に事実関係を修正してください。</translation>
        </message>
        <message>
            <source>This case is closed. Reopen it to change it.</source>
            <translation>この事案は完了しています。変更するには再開してください。</translation>
        </message>
    </context>
    <context>
        <name>ViolationsModel</name>
        <message>
            <source>No.</source>
            <translation>番号</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>発覚日</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>発生内容</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人数</translation>
        </message>
        <message>
            <source>PPC report</source>
            <translation>個人情報保護委員会への報告</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>次の期限</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>May be needed</source>
            <translation>必要な可能性あり</translation>
        </message>
        <message>
            <source>Exemption may apply</source>
            <translation>報告対象外の可能性あり</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPage</name>
        <message>
            <source>Known:</source>
            <translation>判明済み：</translation>
        </message>
        <message>
            <source>Leave empty if not known</source>
            <translation>不明な場合は空欄</translation>
        </message>
        <message>
            <source>Sensitive personal information (要配慮個人情報) is involved</source>
            <translation>要配慮個人情報が含まれる</translation>
        </message>
        <message>
            <source>Misuse could cause financial harm</source>
            <translation>不正に利用されると財産的被害が生じるおそれがある</translation>
        </message>
        <message>
            <source>It may have been done on purpose (theft, unauthorised access)</source>
            <translation>不正の目的で行われたおそれがある（盗難、不正アクセス）</translation>
        </message>
        <message>
            <source>The data was strongly encrypted and the key is safe</source>
            <translation>データに高度な暗号化が施され、鍵も安全である</translation>
        </message>
        <message>
            <source>Report a violation</source>
            <translation>違反の報告</translation>
        </message>
        <message>
            <source>OVERDUE: %1 was due by %2</source>
            <translation>【期限超過】%1（期限：%2）</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1：%2まで</translation>
        </message>
        <message>
            <source>Report a violation…</source>
            <translation>違反を報告…</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>対応中の事案</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>すべての事案</translation>
        </message>
        <message>
            <source>Reports of breaches of the manual and possible leaks, filed by staff (seed rule: report at once to the privacy officer). Deadlines count the day the case was noticed as day 1.</source>
            <translation>職員から提出された、マニュアル違反や漏えいのおそれがある事案の報告です（規程：直ちに個人情報保護責任者に報告する）。期限は、発覚日を1日目として数えます。</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>事実関係</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>発生内容：</translation>
        </message>
        <message>
            <source>Noticed at:</source>
            <translation>発覚日時：</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>発生日時：</translation>
        </message>
        <message>
            <source>People affected:</source>
            <translation>対象者（本人）の数：</translation>
        </message>
        <message>
            <source>Data involved:</source>
            <translation>対象のデータ：</translation>
        </message>
        <message>
            <source>What is known:</source>
            <translation>判明している事項：</translation>
        </message>
        <message>
            <source>Analysis and measures</source>
            <translation>分析と対策</translation>
        </message>
        <message>
            <source>Cause:</source>
            <translation>原因：</translation>
        </message>
        <message>
            <source>Secondary harm, or the risk of it:</source>
            <translation>二次被害またはそのおそれ：</translation>
        </message>
        <message>
            <source>Done for the people affected, public announcement:</source>
            <translation>本人への対応、公表：</translation>
        </message>
        <message>
            <source>Measures against recurrence:</source>
            <translation>再発防止策：</translation>
        </message>
        <message>
            <source>Reports and notification</source>
            <translation>報告と通知</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>実施日：</translation>
        </message>
        <message>
            <source>Told on:</source>
            <translation>通知日：</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC:</source>
            <translation>個人情報保護委員会への速報：</translation>
        </message>
        <message>
            <source>Final report to the PPC:</source>
            <translation>個人情報保護委員会への確報：</translation>
        </message>
        <message>
            <source>People affected told:</source>
            <translation>本人への通知：</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>変更を保存</translation>
        </message>
        <message>
            <source>Close the case…</source>
            <translation>事案を完了…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>再開</translation>
        </message>
        <message>
            <source>%1 shown, %2 overdue</source>
            <translation>%1件を表示、期限超過 %2件</translation>
        </message>
        <message>
            <source>No case selected</source>
            <translation>事案が選択されていません</translation>
        </message>
        <message>
            <source>Select a case in the list.</source>
            <translation>一覧から事案を選択してください。</translation>
        </message>
        <message>
            <source>Case #%1 — %2</source>
            <translation>事案 #%1 — %2</translation>
        </message>
        <message>
            <source>Filed by %1 on %2. Noticed %3 (day 1 of the deadlines).</source>
            <translation>%2 に %1 が報告しました。発覚日時：%3（期限計算の1日目）。</translation>
        </message>
        <message>
            <source>Closing note: %1</source>
            <translation>完了時の記録：%1</translation>
        </message>
        <message>
            <source>A report to the Personal Information Protection Commission (PPC) may be needed:</source>
            <translation>個人情報保護委員会への報告が必要な可能性があります：</translation>
        </message>
        <message>
            <source>Preliminary report: aim for %1, at the latest %2. Final report: by %3 (%4 days).</source>
            <translation>速報：%1 を目安に、遅くとも %2 まで。確報：%3 まで（%4日以内）。</translation>
        </message>
        <message>
            <source>Tell the people affected promptly, and record the date.</source>
            <translation>速やかに本人への通知を行い、その日付を記録してください。</translation>
        </message>
        <message>
            <source>Report items still to answer: %1</source>
            <translation>未記入の報告事項：%1</translation>
        </message>
        <message>
            <source>The data was strongly encrypted and the key is safe, so the exemption from reporting may apply. Record the reasons in the closing note.</source>
            <translation>データに高度な暗号化が施され、鍵も安全であるため、報告対象外となる場合があります。その理由を完了時の記録に残してください。</translation>
        </message>
        <message>
            <source>From what is recorded, no report to the PPC is needed. Check the facts, and analyse the case and prevent it happening again.</source>
            <translation>記録された内容からは、個人情報保護委員会への報告は不要です。事実関係を確認したうえで、事案を分析し、再発防止策を講じてください。</translation>
        </message>
        <message>
            <source>The number of people is not known yet: more than 1,000 people needs a report.</source>
            <translation>対象者（本人）の数はまだ不明です。1,000人を超える場合は報告が必要です。</translation>
        </message>
        <message>
            <source>OVERDUE: %1.</source>
            <translation>【期限超過】%1の期限を過ぎています。</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>保存しました。</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>事案の完了</translation>
        </message>
        <message>
            <source>Close case #%1. Write what was found and what was done, including any disciplinary step under the office rules.</source>
            <translation>事案 #%1 を完了します。判明した事実と実施した対応を、事務所の規程に基づく懲戒処分があればそれも含めて入力してください。</translation>
        </message>
        <message>
            <source>The case was closed.</source>
            <translation>事案を完了しました。</translation>
        </message>
        <message>
            <source>The case was reopened.</source>
            <translation>事案を再開しました。</translation>
        </message>
        <message>
            <source>Violation reports: %1 case(s) have a report to the PPC past its deadline (Administration → Violation reports).</source>
            <translation>違反報告：個人情報保護委員会への報告期限を過ぎている事案が%1件あります（「管理」→「違反報告」）。</translation>
        </message>
        <message>
            <source>Violation reports</source>
            <translation>違反報告</translation>
        </message>
    </context>
    <context>
        <name>WordLists</name>
        <message>
            <source>Word-list category %1: a source needs exactly file, line and quote.</source>
            <translation>語句リストのカテゴリ %1：出典には file、line、quote の3つだけを指定してください。</translation>
        </message>
        <message>
            <source>Word-list category %1: a source needs a file name, a line number from 1 and a quote.</source>
            <translation>語句リストのカテゴリ %1：出典には、ファイル名、行番号（1以上）、引用が必要です。</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 must be a list of strings.</source>
            <translation>語句リストのカテゴリ %1：%2 は文字列のリストである必要があります。</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 has an empty entry.</source>
            <translation>語句リストのカテゴリ %1：%2 に空の項目があります。</translation>
        </message>
        <message>
            <source>Unknown word-list category: %1</source>
            <translation>不明な語句リストのカテゴリ：%1</translation>
        </message>
        <message>
            <source>Category %1 is detected by the program and cannot have a word list.</source>
            <translation>カテゴリ %1 はプログラムで検出されるため、語句リストを設定できません。</translation>
        </message>
        <message>
            <source>Word-list category %1 must be a table.</source>
            <translation>語句リストのカテゴリ %1 はテーブルである必要があります。</translation>
        </message>
        <message>
            <source>Word-list category %1: missing field %2.</source>
            <translation>語句リストのカテゴリ %1：フィールド %2 がありません。</translation>
        </message>
        <message>
            <source>Word-list category %1: unknown field %2.</source>
            <translation>語句リストのカテゴリ %1：不明なフィールド %2 があります。</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 must be a non-empty text.</source>
            <translation>語句リストのカテゴリ %1：%2 は空でないテキストである必要があります。</translation>
        </message>
        <message>
            <source>Word-list category %1: severity must be low, medium or high.</source>
            <translation>語句リストのカテゴリ %1：severity は low、medium、high のいずれかにしてください。</translation>
        </message>
        <message>
            <source>Word-list category %1: see_also must be a list of sources.</source>
            <translation>語句リストのカテゴリ %1：see_also は出典のリストである必要があります。</translation>
        </message>
        <message>
            <source>A word-list document must be a table.</source>
            <translation>語句リストの文書はテーブルである必要があります。</translation>
        </message>
        <message>
            <source>Unknown key in a word list: %1</source>
            <translation>語句リスト内の不明なキー：%1</translation>
        </message>
        <message>
            <source>Unsupported word-list schema: %1</source>
            <translation>サポートされていない語句リストのスキーマ：%1</translation>
        </message>
        <message>
            <source>A word list needs a [categories] table.</source>
            <translation>語句リストには [categories] テーブルが必要です。</translation>
        </message>
        <message>
            <source>Word-list category %1 is defined more than once.</source>
            <translation>語句リストのカテゴリ %1 が複数回定義されています。</translation>
        </message>
        <message>
            <source>Choose a severity: low, medium or high.</source>
            <translation>重大度（低、中、高）を選択してください。</translation>
        </message>
        <message>
            <source>A word list needs at least one word or phrase. Screening of this category would stop.</source>
            <translation>語句リストには語句が1つ以上必要です。空にすると、このカテゴリの事前チェックが行われなくなります。</translation>
        </message>
        <message>
            <source>A word list may hold at most %1 entries.</source>
            <translation>語句リストに登録できる項目は%1件までです。</translation>
        </message>
        <message>
            <source>An entry may be at most %1 characters long.</source>
            <translation>各項目は%1文字以内にしてください。</translation>
        </message>
    </context>
    <context>
        <name>WordListsTab</name>
        <message>
            <source>Severity:</source>
            <translation>重大度：</translation>
        </message>
        <message>
            <source>Words and phrases (one per line; width, kana and case do not matter):</source>
            <translation>語句（1行に1つ。全角・半角、ひらがな・カタカナ、大文字・小文字は区別しません）：</translation>
        </message>
        <message>
            <source>Allowed phrases (a listed word inside one of these is not flagged):</source>
            <translation>許可する語句（これらに含まれる登録語句は検出されません）：</translation>
        </message>
        <message>
            <source>Save list</source>
            <translation>リストを保存</translation>
        </message>
        <message>
            <source>Restore the shipped list</source>
            <translation>初期リストを復元</translation>
        </message>
        <message>
            <source>%1 (changed)</source>
            <translation>%1（変更済み）</translation>
        </message>
        <message>
            <source>Changed by a manager on %1.</source>
            <translation>%1 に管理責任者が変更しました。</translation>
        </message>
        <message>
            <source>The shipped list.</source>
            <translation>初期リストです。</translation>
        </message>
        <message>
            <source>%1 — %2. %3 %4 words, %5 allowed phrases.</source>
            <translation>%1 — %2。%3 語句%4件、許可する語句%5件。</translation>
        </message>
        <message>
            <source>The word list was saved. Screening uses it from now on.</source>
            <translation>語句リストを保存しました。今後の事前チェックに使用されます。</translation>
        </message>
        <message>
            <source>The shipped list is used again.</source>
            <translation>初期リストを再び使用します。</translation>
        </message>
    </context>
    <context>
        <name>YearlyReview</name>
        <message>
            <source>The manual's rules</source>
            <translation>マニュアルの規定</translation>
        </message>
        <message>
            <source>The consent scripts</source>
            <translation>同意取得の台本</translation>
        </message>
        <message>
            <source>The screening word lists</source>
            <translation>チェック用の語句リスト</translation>
        </message>
        <message>
            <source>Write a note of what was checked (at most 1000 characters).</source>
            <translation>確認した内容をメモに書いてください（1000文字以内）。</translation>
        </message>
    </context>
    <context>
        <name>YearlyReviewDialog</name>
        <message>
            <source>Yearly review</source>
            <translation>年次見直し</translation>
        </message>
        <message>
            <source>At least once a year, check that the manual's rules, the consent scripts and the screening word lists are still correct, and record what you checked.</source>
            <translation>年1回以上、マニュアルの規定・同意取得の台本・チェック用の語句リストが現在も正しいかを確認し、確認した内容を記録してください。</translation>
        </message>
        <message>
            <source>Reviewed:</source>
            <translation>見直した対象:</translation>
        </message>
        <message>
            <source>What was checked:</source>
            <translation>確認した内容:</translation>
        </message>
        <message>
            <source>Record the review</source>
            <translation>見直しを記録</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>%1: no review recorded yet (in use since %2).</source>
            <translation>%1: 見直しの記録はまだありません（%2 から使用）。</translation>
        </message>
        <message>
            <source>%1: last reviewed %2 by %3. Note: %4</source>
            <translation>%1: 最終見直し %2（%3）。メモ: %4</translation>
        </message>
        <message>
            <source>%1 Over a year ago: review it now.</source>
            <translation>%1 1年以上前です。今すぐ見直してください。</translation>
        </message>
        <message>
            <source>Review recorded.</source>
            <translation>見直しを記録しました。</translation>
        </message>
    </context>
</TS>
