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
    <name>Address</name>
    <message>
        <source>au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. Ask the caller which one is theirs.</source>
        <extracomment>Domains we suggest towards, in priority order (ties go to the earlier one). The Japanese list follows azooKey&apos;s candidates (features.md §5) and adds common international providers so that they are recognised and never &quot;corrected&quot;. Misspellings heard on the phone that edit distance alone misses or gets wrong (wrong second-level domain, romaji spellings), features.md §5. Suffixes under which people register names, longest first so ``ne.jp`` beats ``jp``. Top-level domain typos fixed when the rest of the domain is left untouched. Mobile-carrier domains that issued RFC-violating local parts before 2009. Carrier mailboxes that often block mail from computers (ドメイン指定受信).</extracomment>
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
</context>
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <extracomment>Version of the rules implemented here; stored with every eligibility decision/export.</extracomment>
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
    <name>ConfirmPasswordDialog</name>
    <message>
        <source>Confirm your password</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>This action needs your password again.</source>
        <translation>この操作にはパスワードの再入力が必要です。</translation>
    </message>
</context>
<context>
    <name>ContactStatus</name>
    <message>
        <source>On the send list</source>
        <translation>配信リスト登録済み</translation>
    </message>
    <message>
        <source>Opt-in awaiting an advisor&apos;s confirmation</source>
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
        <source>The personal data has been deleted.</source>
        <translation>個人データは削除されています。</translation>
    </message>
    <message>
        <source>The e-mail address is not valid.</source>
        <translation>メールアドレスが無効です。</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong. Nothing was saved. The details are in the log file.</source>
        <translation>問題が発生しました。何も保存されていません。詳細はログファイルを確認してください。</translation>
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
        <source>Demo office: these accounts exist only in this throw-away office.</source>
        <translation>デモ用事務所：これらのアカウントは、この使い捨ての事務所にのみ存在します。</translation>
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
        <source>Office: %1 | User: %2 | Role: %3</source>
        <translation>事務所：%1 | ユーザー：%2 | 役割：%3</translation>
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
    <name>Scopes</name>
    <message>
        <source>(a) Content already published on the homepage</source>
        <translation>(a) ホームページで公開済みの内容</translation>
    </message>
    <message>
        <source>The address (URL) of the page on the organisation&apos;s own site</source>
        <translation>自組織のサイト上のページのアドレス（URL）</translation>
    </message>
    <message>
        <source>(b) Facts about an event (how it went, results)</source>
        <translation>(b) イベントに関する事実（実施状況、結果）</translation>
    </message>
    <message>
        <source>The event: its name and date</source>
        <translation>イベントの名称と日付</translation>
    </message>
    <message>
        <source>(c) An established procedure</source>
        <translation>(c) 定められた手続き</translation>
    </message>
    <message>
        <source>The reference of the procedure (document, page or number)</source>
        <translation>手続きの参照先（文書、ページまたは番号）</translation>
    </message>
    <message>
        <source>(d) A confirmed question and answer</source>
        <translation>(d) 確認済みの質問と回答</translation>
    </message>
    <message>
        <source>The entry in the confirmed Q&amp;A document</source>
        <translation>確認済みQ&amp;A文書の該当項目</translation>
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
        <source>The evidence the scope requires is missing.</source>
        <translation>承認範囲に必要な根拠がありません。</translation>
    </message>
    <message>
        <source>Published content needs the address of the page on the organisation&apos;s own site as evidence (https://… on one of its own domains).</source>
        <translation>公開済みの内容については、根拠として自組織のサイト上のページのアドレス（自組織のドメインの https://…）が必要です。</translation>
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
        <source>No pre-approved scope applies. A post in the organisation&apos;s name needs the approval of the department head or an appointed responsible person.</source>
        <translation>該当する事前承認範囲がありません。組織名義の投稿には、部長または指名された責任者の承認が必要です。</translation>
    </message>
    <message>
        <source>The screening found a serious issue; a reviewer must look at the post even within a scope.</source>
        <translation>事前チェックで重大な問題が見つかりました。承認範囲内であっても、確認者が投稿を確認する必要があります。</translation>
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
</context>
<context>
    <name>Screening</name>
    <message>
        <source>People can be identified in this item and did not consent to its publication.</source>
        <translation>この素材では人物を特定でき、本人が公開に同意していません。</translation>
    </message>
    <message>
        <source>This item contains someone else&apos;s work and permission to use it was not given.</source>
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
        <source>May be read as the organisation&apos;s own</source>
        <translation>組織の見解と受け取られるおそれ</translation>
    </message>
    <message>
        <source>Photos and video</source>
        <translation>写真・動画</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>An e-mail address. Personal data must not be published without the person&apos;s consent.</source>
        <translation>メールアドレスが含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>A phone number. Personal data must not be published without the person&apos;s consent.</source>
        <translation>電話番号が含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>A postal code. Personal data must not be published without the person&apos;s consent.</source>
        <translation>郵便番号が含まれています。個人情報は本人の同意なく公開してはいけません。</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>A street address. Personal data must not be published without the person&apos;s consent.</source>
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
        <source>Information that could threaten the organisation&apos;s security (passwords, access details).</source>
        <translation>組織のセキュリティを脅かすおそれのある情報（パスワード、アクセス情報）です。</translation>
    </message>
    <message>
        <source>Link to an outside site</source>
        <translation>外部サイトへのリンク</translation>
    </message>
    <message>
        <source>A link to %1, outside the organisation&apos;s own sites. Readers may take the linked page as the organisation&apos;s own, or as endorsed by it.</source>
        <translation>自組織以外のサイト（%1）へのリンクです。閲覧者がリンク先のページを組織自身のもの、または組織が推奨するものと受け取るおそれがあります。</translation>
    </message>
    <message>
        <source>Quote or repost</source>
        <translation>引用・リポスト</translation>
    </message>
    <message>
        <source>A quote, repost or retweet. Readers may take the quoted words as the organisation&apos;s own.</source>
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
        <source>This item contains someone else&apos;s work and permission is not confirmed.</source>
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
        <source>Privacy officer&apos;s contact:</source>
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
</context>
<context>
    <name>Training</name>
    <message>
        <source>Quiz file %1 is not a table of questions.</source>
        <translation>クイズファイル %1 は問題のテーブルではありません。</translation>
    </message>
    <message>
        <source>Quiz file %1 has an unknown key &quot;%2&quot;.</source>
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
        <source>Question %1 has an unknown field &quot;%2&quot;.</source>
        <translation>問題 %1 に不明なフィールド「%2」があります。</translation>
    </message>
    <message>
        <source>Question %1: the field &quot;%2&quot; is missing or empty.</source>
        <translation>問題 %1：フィールド「%2」がないか、空です。</translation>
    </message>
    <message>
        <source>Question %1: the field &quot;%2&quot; has the wrong type.</source>
        <translation>問題 %1：フィールド「%2」の型が正しくありません。</translation>
    </message>
    <message>
        <source>Question %1: the id &quot;%2&quot; may only hold lowercase letters, digits and hyphens.</source>
        <translation>問題 %1：ID「%2」には英小文字、数字、ハイフンのみ使用できます。</translation>
    </message>
    <message>
        <source>Question %1: the id &quot;%2&quot; is used more than once.</source>
        <translation>問題 %1：ID「%2」が重複しています。</translation>
    </message>
    <message>
        <source>Question %1: unknown kind &quot;%2&quot;.</source>
        <translation>問題 %1：不明な種類「%2」です。</translation>
    </message>
    <message>
        <source>Question %1: unknown topic &quot;%2&quot;.</source>
        <translation>問題 %1：不明なトピック「%2」です。</translation>
    </message>
    <message>
        <source>Question %1: &quot;select&quot; must be &quot;single&quot; or &quot;multiple&quot;, not &quot;%2&quot;.</source>
        <translation>問題 %1：「select」は「single」または「multiple」である必要があります（指定値：「%2」）。</translation>
    </message>
    <message>
        <source>Question %1: &quot;select&quot; is only used by scenario questions.</source>
        <translation>問題 %1：「select」はシナリオ問題でのみ使用します。</translation>
    </message>
    <message>
        <source>Question %1 needs at least two choices.</source>
        <translation>問題 %1 には選択肢が2つ以上必要です。</translation>
    </message>
    <message>
        <source>Question %1: the choice id &quot;%2&quot; is used more than once.</source>
        <translation>問題 %1：選択肢ID「%2」が重複しています。</translation>
    </message>
    <message>
        <source>Question %1: choice &quot;%2&quot; has no text in the language &quot;%3&quot;.</source>
        <translation>問題 %1：選択肢「%2」に言語「%3」のテキストがありません。</translation>
    </message>
    <message>
        <source>Question %1: a true/false question has exactly the choices &quot;true&quot; and &quot;false&quot;.</source>
        <translation>問題 %1：正誤問題の選択肢は「true」と「false」の2つだけにしてください。</translation>
    </message>
    <message>
        <source>Question %1 has no correct answer.</source>
        <translation>問題 %1 に正解がありません。</translation>
    </message>
    <message>
        <source>Question %1: the answer &quot;%2&quot; is not one of its choices.</source>
        <translation>問題 %1：正解「%2」が選択肢にありません。</translation>
    </message>
    <message>
        <source>Question %1 lists the answer &quot;%2&quot; twice.</source>
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
        <translation>年度の開始月は1～12で指定してください（指定値：%1）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter such as &quot;FY2026 Q3&quot;.</source>
        <translation>「%1」は「FY2026 Q3」のような四半期の形式ではありません。</translation>
    </message>
    <message>
        <source>A quiz needs at least one question, not %1.</source>
        <translation>クイズには1問以上の問題が必要です（指定値：%1）。</translation>
    </message>
    <message>
        <source>Unknown quiz topic &quot;%1&quot;.</source>
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
        <source>An answer was given for the question &quot;%1&quot;, which was not asked.</source>
        <translation>出題されていない問題「%1」に対する解答があります。</translation>
    </message>
    <message>
        <source>The selected choice &quot;%2&quot; is not a choice of the question &quot;%1&quot;.</source>
        <translation>選択された「%2」は、問題「%1」の選択肢ではありません。</translation>
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
        <source>New user…</source>
        <translation>新規ユーザー…</translation>
    </message>
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
        <source>Deactivating a user removes their key slot; their records stay. Older backups still open with their old password until the office key is changed.</source>
        <translation>ユーザーを無効化すると、そのユーザーの鍵スロットが削除されます。記録は残ります。事務所の鍵が変更されるまでは、古いバックアップは以前のパスワードで引き続き開くことができます。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
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
</context>
</TS>
