<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>Accounts</name>
        <message>
            <source>The username contains an invalid character.</source>
            <translation>The username contains an invalid character.</translation>
        </message>
        <message>
            <source>Enter a username.</source>
            <translation>Enter a username.</translation>
        </message>
        <message>
            <source>The username is too long (at most %1 characters).</source>
            <translation>The username is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The username is too short (at least %1 characters).</source>
            <translation>The username is too short (at least %1 characters).</translation>
        </message>
        <message>
            <source>Use only letters a–z, digits and . _ - in a username, starting with a letter or digit.</source>
            <translation>Use only letters a–z, digits and . _ - in a username, starting with a letter or digit.</translation>
        </message>
        <message>
            <source>Enter a display name.</source>
            <translation>Enter a display name.</translation>
        </message>
        <message>
            <source>The display name is too long (at most %1 characters).</source>
            <translation>The display name is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The display name contains an invalid character.</source>
            <translation>The display name contains an invalid character.</translation>
        </message>
        <message>
            <source>Too weak</source>
            <translation>Too weak</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>Weak</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Good</source>
            <translation>Good</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>Strong</translation>
        </message>
        <message>
            <source>The password contains an invalid character.</source>
            <translation>The password contains an invalid character.</translation>
        </message>
        <message>
            <source>Enter a password.</source>
            <translation>Enter a password.</translation>
        </message>
        <message>
            <source>The password is too long (at most %1 characters).</source>
            <translation>The password is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The password must have at least %1 characters (%2 suggested).</source>
            <translation>The password must have at least %1 characters (%2 suggested).</translation>
        </message>
        <message>
            <source>This password is too common or too close to your name. Choose another.</source>
            <translation>This password is too common or too close to your name. Choose another.</translation>
        </message>
        <message>
            <source>The two passwords do not match.</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <source>Only an active advisor can be appointed responsible person for posts. Managers approve posts anyway; administrators do not approve posts.</source>
            <translation>Only an active advisor can be appointed responsible person for posts. Managers approve posts anyway; administrators do not approve posts.</translation>
        </message>
        <message>
            <source>Choose a role.</source>
            <translation>Choose a role.</translation>
        </message>
        <message>
            <source>This username is already taken.</source>
            <translation>This username is already taken.</translation>
        </message>
        <message>
            <source>This user is deactivated.</source>
            <translation>This user is deactivated.</translation>
        </message>
        <message>
            <source>The office needs at least one active administrator.</source>
            <translation>The office needs at least one active administrator.</translation>
        </message>
        <message>
            <source>You cannot deactivate your own account.</source>
            <translation>You cannot deactivate your own account.</translation>
        </message>
        <message>
            <source>The new password must differ from the current one.</source>
            <translation>The new password must differ from the current one.</translation>
        </message>
    </context>
    <context>
        <name>AccountsTab</name>
        <message>
            <source>Platform</source>
            <translation>Platform</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>Platform:</source>
            <translation>Platform:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>Add account</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>The office's own published contact details</source>
            <translation>The office's own published contact details</translation>
        </message>
        <message>
            <source>Phone numbers, e-mail and postal addresses the office publishes itself, one per line. Screening does not flag them as personal data. Links to the homepage accounts' sites count as the office's own.</source>
            <translation>Phone numbers, e-mail and postal addresses the office publishes itself, one per line. Screening does not flag them as personal data. Links to the homepage accounts' sites count as the office's own.</translation>
        </message>
        <message>
            <source>Save contact details</source>
            <translation>Save contact details</translation>
        </message>
        <message>
            <source>Not in use</source>
            <translation>Not in use</translation>
        </message>
        <message>
            <source>The account was added.</source>
            <translation>The account was added.</translation>
        </message>
        <message>
            <source>Choose an account in the list first.</source>
            <translation>Choose an account in the list first.</translation>
        </message>
        <message>
            <source>The account was changed.</source>
            <translation>The account was changed.</translation>
        </message>
        <message>
            <source>The contact details were saved.</source>
            <translation>The contact details were saved.</translation>
        </message>
    </context>
    <context>
        <name>Address</name>
        <message>
            <source>au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. Ask the caller which one is theirs.</source>
            <extracomment>Misspellings heard on the phone that edit distance alone misses or gets wrong (wrong second-level domain, romaji spellings), features.md §5. Suffixes under which people register names, longest first so ``ne.jp`` beats ``jp``. Top-level domain typos fixed when the rest of the domain is left untouched. Mobile-carrier domains that issued RFC-violating local parts before 2009. Carrier mailboxes that often block mail from computers (ドメイン指定受信).</extracomment>
            <translation>au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. Ask the caller which one is theirs.</translation>
        </message>
        <message>
            <source>SoftBank mail addresses end in softbank.ne.jp or, on an iPhone, in i.softbank.jp. Ask the caller which one is theirs.</source>
            <translation>SoftBank mail addresses end in softbank.ne.jp or, on an iPhone, in i.softbank.jp. Ask the caller which one is theirs.</translation>
        </message>
        <message>
            <source>Enter an e-mail address.</source>
            <translation>Enter an e-mail address.</translation>
        </message>
        <message>
            <source>The address has no @ sign.</source>
            <translation>The address has no @ sign.</translation>
        </message>
        <message>
            <source>The address has more than one @ sign.</source>
            <translation>The address has more than one @ sign.</translation>
        </message>
        <message>
            <source>The part before the @ sign is missing.</source>
            <translation>The part before the @ sign is missing.</translation>
        </message>
        <message>
            <source>The part after the @ sign is missing.</source>
            <translation>The part after the @ sign is missing.</translation>
        </message>
        <message>
            <source>The address contains characters that cannot be used: %1</source>
            <translation>The address contains characters that cannot be used: %1</translation>
        </message>
        <message>
            <source>The address is too long (at most 64 characters before the @ sign and 254 in all).</source>
            <translation>The address is too long (at most 64 characters before the @ sign and 254 in all).</translation>
        </message>
        <message>
            <source>The part before the @ sign cannot start with a dot.</source>
            <translation>The part before the @ sign cannot start with a dot.</translation>
        </message>
        <message>
            <source>Two dots in a row, or a dot just before the @ sign, are only possible in old mobile-carrier addresses. Check the address with the caller.</source>
            <translation>Two dots in a row, or a dot just before the @ sign, are only possible in old mobile-carrier addresses. Check the address with the caller.</translation>
        </message>
        <message>
            <source>The part after the @ sign is not a valid domain (for example gmail.com).</source>
            <translation>The part after the @ sign is not a valid domain (for example gmail.com).</translation>
        </message>
        <message>
            <source>This is not a valid e-mail address.</source>
            <translation>This is not a valid e-mail address.</translation>
        </message>
        <message>
            <source>This old carrier address does not follow the e-mail standard (two dots in a row or a dot just before the @ sign). Some senders cannot deliver to it; tell the caller.</source>
            <translation>This old carrier address does not follow the e-mail standard (two dots in a row or a dot just before the @ sign). Some senders cannot deliver to it; tell the caller.</translation>
        </message>
        <message>
            <source>Mobile-carrier mailboxes often refuse mail sent from computers. Ask the caller to allow mail from our domain (domain-specified reception).</source>
            <translation>Mobile-carrier mailboxes often refuse mail sent from computers. Ask the caller to allow mail from our domain (domain-specified reception).</translation>
        </message>
        <message>
            <source>Did you mean %1?</source>
            <translation>Did you mean %1?</translation>
        </message>
        <message>
            <source>%1 or %2?</source>
            <translation>%1 or %2?</translation>
        </message>
    </context>
    <context>
        <name>AllPostsTab</name>
        <message>
            <source>Calendar of posts</source>
            <translation>Calendar of posts</translation>
        </message>
        <message>
            <source>Show the whole month</source>
            <translation>Show the whole month</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendar</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Posts of the chosen period</source>
            <translation>Posts of the chosen period</translation>
        </message>
        <message>
            <source>Show more</source>
            <translation>Show more</translation>
        </message>
        <message>
            <source>Open in the review</source>
            <translation>Open in the review</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All accounts</source>
            <translation>All accounts</translation>
        </message>
        <message>
            <source>waiting for approval</source>
            <translation>waiting for approval</translation>
        </message>
        <message>
            <source>approved, not yet published</source>
            <translation>approved, not yet published</translation>
        </message>
        <message>
            <source>published</source>
            <translation>published</translation>
        </message>
        <message>
            <source>Posts of %1</source>
            <translation>Posts of %1</translation>
        </message>
        <message>
            <source>Posts from %1 to %2</source>
            <translation>Posts from %1 to %2</translation>
        </message>
        <message>
            <source>%1 posts shown.</source>
            <translation>%1 posts shown.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>(former staff)</source>
            <translation>(former staff)</translation>
        </message>
        <message>
            <source>Only a post waiting for approval opens in the review.</source>
            <translation>Only a post waiting for approval opens in the review.</translation>
        </message>
    </context>
    <context>
        <name>AppController</name>
        <message>
            <source>The automatic monthly backup failed. Ask the administrator to check the backup location.</source>
            <translation>The automatic monthly backup failed. Ask the administrator to check the backup location.</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <source>SNS account changed</source>
            <translation>SNS account changed</translation>
        </message>
        <message>
            <source>SNS account added</source>
            <translation>SNS account added</translation>
        </message>
        <message>
            <source>Audit log signed</source>
            <translation>Audit log signed</translation>
        </message>
        <message>
            <source>Audit log protection started</source>
            <translation>Audit log protection started</translation>
        </message>
        <message>
            <source>Audit log loss found</source>
            <translation>Audit log loss found</translation>
        </message>
        <message>
            <source>Audit log rolled back by a restore</source>
            <translation>Audit log rolled back by a restore</translation>
        </message>
        <message>
            <source>Audit log verified</source>
            <translation>Audit log verified</translation>
        </message>
        <message>
            <source>Audit log viewed</source>
            <translation>Audit log viewed</translation>
        </message>
        <message>
            <source>Monthly backup made</source>
            <translation>Monthly backup made</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>Test restore</source>
            <translation>Test restore</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Restore started</source>
            <translation>Restore started</translation>
        </message>
        <message>
            <source>Consent recorded</source>
            <translation>Consent recorded</translation>
        </message>
        <message>
            <source>Consent record corrected</source>
            <translation>Consent record corrected</translation>
        </message>
        <message>
            <source>Contact name or memo corrected</source>
            <translation>Contact name or memo corrected</translation>
        </message>
        <message>
            <source>Consent certificate made</source>
            <translation>Consent certificate made</translation>
        </message>
        <message>
            <source>Contact viewed</source>
            <translation>Contact viewed</translation>
        </message>
        <message>
            <source>Contact list viewed</source>
            <translation>Contact list viewed</translation>
        </message>
        <message>
            <source>Send-list eligibility refreshed</source>
            <translation>Send-list eligibility refreshed</translation>
        </message>
        <message>
            <source>Duplicate check keys renewed</source>
            <translation>Duplicate check keys renewed</translation>
        </message>
        <message>
            <source>Evidence record added</source>
            <translation>Evidence record added</translation>
        </message>
        <message>
            <source>Evidence record retired</source>
            <translation>Evidence record retired</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <source>Consent records exported</source>
            <translation>Consent records exported</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>Contacts left out of the send list viewed</source>
            <translation>Contacts left out of the send list viewed</translation>
        </message>
        <message>
            <source>Interrupted export cleaned up</source>
            <translation>Interrupted export cleaned up</translation>
        </message>
        <message>
            <source>Send list exported</source>
            <translation>Send list exported</translation>
        </message>
        <message>
            <source>Training report exported</source>
            <translation>Training report exported</translation>
        </message>
        <message>
            <source>Landing-page addresses imported</source>
            <translation>Landing-page addresses imported</translation>
        </message>
        <message>
            <source>Incident recorded</source>
            <translation>Incident recorded</translation>
        </message>
        <message>
            <source>Incident updated</source>
            <translation>Incident updated</translation>
        </message>
        <message>
            <source>Database integrity checked</source>
            <translation>Database integrity checked</translation>
        </message>
        <message>
            <source>Database key changed</source>
            <translation>Database key changed</translation>
        </message>
        <message>
            <source>Key file restored from its copy</source>
            <translation>Key file restored from its copy</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <source>Office moved onto the office server</source>
            <translation>Office moved onto the office server</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <source>Login paused after failures</source>
            <translation>Login paused after failures</translation>
        </message>
        <message>
            <source>Office created</source>
            <translation>Office created</translation>
        </message>
        <message>
            <source>Marked as a demo office</source>
            <translation>Marked as a demo office</translation>
        </message>
        <message>
            <source>Refused: not permitted</source>
            <translation>Refused: not permitted</translation>
        </message>
        <message>
            <source>Post approved within a scope</source>
            <translation>Post approved within a scope</translation>
        </message>
        <message>
            <source>Post copied into a new draft</source>
            <translation>Post copied into a new draft</translation>
        </message>
        <message>
            <source>Post corrected</source>
            <translation>Post corrected</translation>
        </message>
        <message>
            <source>Post reviewed</source>
            <translation>Post reviewed</translation>
        </message>
        <message>
            <source>Post edited</source>
            <translation>Post edited</translation>
        </message>
        <message>
            <source>Post published</source>
            <translation>Post published</translation>
        </message>
        <message>
            <source>Post submitted for approval</source>
            <translation>Post submitted for approval</translation>
        </message>
        <message>
            <source>Post viewed</source>
            <translation>Post viewed</translation>
        </message>
        <message>
            <source>Recovery code refused</source>
            <translation>Recovery code refused</translation>
        </message>
        <message>
            <source>Recovery code made</source>
            <translation>Recovery code made</translation>
        </message>
        <message>
            <source>Recovery code used</source>
            <translation>Recovery code used</translation>
        </message>
        <message>
            <source>Data request received</source>
            <translation>Data request received</translation>
        </message>
        <message>
            <source>Personal data deleted on request</source>
            <translation>Personal data deleted on request</translation>
        </message>
        <message>
            <source>Personal data disclosed on request</source>
            <translation>Personal data disclosed on request</translation>
        </message>
        <message>
            <source>Data request updated</source>
            <translation>Data request updated</translation>
        </message>
        <message>
            <source>Yearly review recorded</source>
            <translation>Yearly review recorded</translation>
        </message>
        <message>
            <source>Approval scope changed</source>
            <translation>Approval scope changed</translation>
        </message>
        <message>
            <source>Approval scope granted</source>
            <translation>Approval scope granted</translation>
        </message>
        <message>
            <source>Approval scope revoked</source>
            <translation>Approval scope revoked</translation>
        </message>
        <message>
            <source>Consent script published</source>
            <translation>Consent script published</translation>
        </message>
        <message>
            <source>Consent script reviewed</source>
            <translation>Consent script reviewed</translation>
        </message>
        <message>
            <source>Office server login given a new password</source>
            <translation>Office server login given a new password</translation>
        </message>
        <message>
            <source>Office server database upgraded</source>
            <translation>Office server database upgraded</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <source>Password confirmed again</source>
            <translation>Password confirmed again</translation>
        </message>
        <message>
            <source>Unlocked</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <source>Backup settings changed</source>
            <translation>Backup settings changed</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Mail-service stops imported</source>
            <translation>Mail-service stops imported</translation>
        </message>
        <message>
            <source>Training quiz taken</source>
            <translation>Training quiz taken</translation>
        </message>
        <message>
            <source>Demo training data added</source>
            <translation>Demo training data added</translation>
        </message>
        <message>
            <source>Training report viewed</source>
            <translation>Training report viewed</translation>
        </message>
        <message>
            <source>Training settings changed</source>
            <translation>Training settings changed</translation>
        </message>
        <message>
            <source>Unsubscribe completed</source>
            <translation>Unsubscribe completed</translation>
        </message>
        <message>
            <source>Unsubscribe recorded</source>
            <translation>Unsubscribe recorded</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>User deactivated</source>
            <translation>User deactivated</translation>
        </message>
        <message>
            <source>Demo users added</source>
            <translation>Demo users added</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Post approver appointed or removed</source>
            <translation>Post approver appointed or removed</translation>
        </message>
        <message>
            <source>Role changed</source>
            <translation>Role changed</translation>
        </message>
        <message>
            <source>Violation reported</source>
            <translation>Violation reported</translation>
        </message>
        <message>
            <source>Violation report updated</source>
            <translation>Violation report updated</translation>
        </message>
        <message>
            <source>Violation list viewed</source>
            <translation>Violation list viewed</translation>
        </message>
        <message>
            <source>Word list changed</source>
            <translation>Word list changed</translation>
        </message>
        <message>
            <source>SNS account operation</source>
            <translation>SNS account operation</translation>
        </message>
        <message>
            <source>Audit log operation</source>
            <translation>Audit log operation</translation>
        </message>
        <message>
            <source>Backup operation</source>
            <translation>Backup operation</translation>
        </message>
        <message>
            <source>Consent operation</source>
            <translation>Consent operation</translation>
        </message>
        <message>
            <source>Contact operation</source>
            <translation>Contact operation</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Login</source>
            <translation>Login</translation>
        </message>
        <message>
            <source>Office operation</source>
            <translation>Office operation</translation>
        </message>
        <message>
            <source>Post operation</source>
            <translation>Post operation</translation>
        </message>
        <message>
            <source>Data request operation</source>
            <translation>Data request operation</translation>
        </message>
        <message>
            <source>Office server operation</source>
            <translation>Office server operation</translation>
        </message>
        <message>
            <source>Session operation</source>
            <translation>Session operation</translation>
        </message>
        <message>
            <source>Training operation</source>
            <translation>Training operation</translation>
        </message>
        <message>
            <source>User operation</source>
            <translation>User operation</translation>
        </message>
        <message>
            <source>Violation report operation</source>
            <translation>Violation report operation</translation>
        </message>
        <message>
            <source>Other operation</source>
            <translation>Other operation</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Other result</source>
            <translation>Other result</translation>
        </message>
    </context>
    <context>
        <name>AuditCheck</name>
        <message>
            <source>Audit entries from number %1 on were removed (after the entry of %2).</source>
            <translation>Audit entries from number %1 on were removed (after the entry of %2).</translation>
        </message>
        <message>
            <source>Audit entries %1 to %2 are missing (%3 entries), lost between %4 and %5.</source>
            <translation>Audit entries %1 to %2 are missing (%3 entries), lost between %4 and %5.</translation>
        </message>
        <message>
            <source>Audit entry %1 is not the one recorded outside the database at %2: the log was rewritten or replaced by an older copy.</source>
            <translation>Audit entry %1 is not the one recorded outside the database at %2: the log was rewritten or replaced by an older copy.</translation>
        </message>
        <message>
            <source>The audit head file next to the database is missing.</source>
            <translation>The audit head file next to the database is missing.</translation>
        </message>
        <message>
            <source>An audit head file is damaged.</source>
            <translation>An audit head file is damaged.</translation>
        </message>
        <message>
            <source>An audit head file carries a signature that is not the office's: it was forged.</source>
            <translation>An audit head file carries a signature that is not the office's: it was forged.</translation>
        </message>
        <message>
            <source>An audit head file is not signed although this office signs them: it was replaced.</source>
            <translation>An audit head file is not signed although this office signs them: it was replaced.</translation>
        </message>
        <message>
            <source>An audit head file belongs to another office.</source>
            <translation>An audit head file belongs to another office.</translation>
        </message>
        <message>
            <source>The audit key record was removed: entries after number %1 may be missing.</source>
            <translation>The audit key record was removed: entries after number %1 may be missing.</translation>
        </message>
        <message>
            <source>Audit entry %1 was changed, moved or written again (%2 entries before it are intact).</source>
            <translation>Audit entry %1 was changed, moved or written again (%2 entries before it are intact).</translation>
        </message>
        <message>
            <source>%1 audit entries can only be fully checked by an administrator.</source>
            <translation>%1 audit entries can only be fully checked by an administrator.</translation>
        </message>
        <message>
            <source>The signed checkpoint file is missing, although the log says checkpoints were signed.</source>
            <translation>The signed checkpoint file is missing, although the log says checkpoints were signed.</translation>
        </message>
        <message>
            <source>The signed checkpoint file is damaged.</source>
            <translation>The signed checkpoint file is damaged.</translation>
        </message>
        <message>
            <source>The signed checkpoint for audit entry %1 is missing from the checkpoint file.</source>
            <translation>The signed checkpoint for audit entry %1 is missing from the checkpoint file.</translation>
        </message>
        <message>
            <source>%1 signed checkpoints (for audit entries %2 to %3) are missing from the checkpoint file.</source>
            <translation>%1 signed checkpoints (for audit entries %2 to %3) are missing from the checkpoint file.</translation>
        </message>
        <message>
            <source>A checkpoint's signature is not valid (checkpoint for entry %1).</source>
            <translation>A checkpoint's signature is not valid (checkpoint for entry %1).</translation>
        </message>
        <message>
            <source>A checkpoint belongs to another office (entry %1).</source>
            <translation>A checkpoint belongs to another office (entry %1).</translation>
        </message>
        <message>
            <source>Audit entry %1 no longer matches its signed checkpoint of %2.</source>
            <translation>Audit entry %1 no longer matches its signed checkpoint of %2.</translation>
        </message>
        <message>
            <source>Found at the opening of %1: audit entries %2 to %3 had been lost (between %4 and %5).</source>
            <translation>Found at the opening of %1: audit entries %2 to %3 had been lost (between %4 and %5).</translation>
        </message>
        <message>
            <source>Found at the opening of %1: the audit log had been rewritten or replaced.</source>
            <translation>Found at the opening of %1: the audit log had been rewritten or replaced.</translation>
        </message>
        <message>
            <source>Found at the opening of %1: an audit head file was missing or damaged.</source>
            <translation>Found at the opening of %1: an audit head file was missing or damaged.</translation>
        </message>
    </context>
    <context>
        <name>AuditDetails</name>
        <message>
            <source>Entries covered</source>
            <translation>Entries covered</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>SHA-256 of the file</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Added to the send list</source>
            <translation>Added to the send list</translation>
        </message>
    </context>
    <context>
        <name>AuditLogPage</name>
        <message>
            <source>Entry number: %1</source>
            <translation>Entry number: %1</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>All actions</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Person:</source>
            <translation>Person:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Verification: not checked since this screen was opened.</source>
            <translation>Verification: not checked since this screen was opened.</translation>
        </message>
        <message>
            <source>Verify the audit log</source>
            <translation>Verify the audit log</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Not logged in</translation>
        </message>
        <message>
            <source>Verification: the audit log has not been verified yet.</source>
            <translation>Verification: the audit log has not been verified yet.</translation>
        </message>
        <message>
            <source>Unknown user</source>
            <translation>Unknown user</translation>
        </message>
        <message>
            <source>Last verification: %1 by %2, the audit log was intact.</source>
            <translation>Last verification: %1 by %2, the audit log was intact.</translation>
        </message>
        <message>
            <source>Last verification: %1 by %2 found problems. Verify again to see them.</source>
            <translation>Last verification: %1 by %2 found problems. Verify again to see them.</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>No entries match.</source>
            <translation>No entries match.</translation>
        </message>
        <message>
            <source>%1 entries shown, newest first. Scroll down for older ones.</source>
            <translation>%1 entries shown, newest first. Scroll down for older ones.</translation>
        </message>
        <message>
            <source>%1 entries shown, newest first. These are all that match.</source>
            <translation>%1 entries shown, newest first. These are all that match.</translation>
        </message>
        <message>
            <source>Verifying the audit log…</source>
            <translation>Verifying the audit log…</translation>
        </message>
        <message>
            <source>Verifying the audit log (%1 entries)…</source>
            <translation>Verifying the audit log (%1 entries)…</translation>
        </message>
        <message>
            <source>Verification: the audit log is intact (%1 entries checked).</source>
            <translation>Verification: the audit log is intact (%1 entries checked).</translation>
        </message>
        <message>
            <source>The audit log did not verify.</source>
            <translation>The audit log did not verify.</translation>
        </message>
        <message>
            <source>Verification FAILED:</source>
            <translation>Verification FAILED:</translation>
        </message>
    </context>
    <context>
        <name>AuditTargets</name>
        <message>
            <source>Violation reports</source>
            <translation>Violation reports</translation>
        </message>
        <message>
            <source>Recent unsubscribes</source>
            <translation>Recent unsubscribes</translation>
        </message>
        <message>
            <source>Unsubscribe queue</source>
            <translation>Unsubscribe queue</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Rights requests</source>
            <translation>Rights requests</translation>
        </message>
        <message>
            <source>Retention</source>
            <translation>Retention</translation>
        </message>
        <message>
            <source>Mailbox keys</source>
            <translation>Mailbox keys</translation>
        </message>
        <message>
            <source>Default settings</source>
            <translation>Default settings</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
    </context>
    <context>
        <name>BackgroundTask</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>%1 rows checked</source>
            <translation>%1 rows checked</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>Keep between 1 and 120 backups.</source>
            <translation>Keep between 1 and 120 backups.</translation>
        </message>
        <message>
            <source>The backup location is missing. Connect the backup drive or choose another folder.</source>
            <translation>The backup location is missing. Connect the backup drive or choose another folder.</translation>
        </message>
        <message>
            <source>No verified backup exists yet.</source>
            <translation>No verified backup exists yet.</translation>
        </message>
        <message>
            <source>The last verified backup is older than 31 days.</source>
            <translation>The last verified backup is older than 31 days.</translation>
        </message>
    </context>
    <context>
        <name>BackupModel</name>
        <message>
            <source>Made at</source>
            <translation>Made at</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>BackupPage</name>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Save settings</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <source>Backup location:</source>
            <translation>Backup location:</translation>
        </message>
        <message>
            <source>Backups to keep:</source>
            <translation>Backups to keep:</translation>
        </message>
        <message>
            <source>Last verified backup:</source>
            <translation>Last verified backup:</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Back up now</translation>
        </message>
        <message>
            <source>Test restore</source>
            <translation>Test restore</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>Restore…</translation>
        </message>
        <message>
            <source>Verify audit log</source>
            <translation>Verify audit log</translation>
        </message>
        <message>
            <source>A backup is the encrypted database with its key file: it opens with the passwords that were valid when it was made. Keep the backup drive away from this computer.</source>
            <translation>A backup is the encrypted database with its key file: it opens with the passwords that were valid when it was made. Keep the backup drive away from this computer.</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>Choose the backup location</source>
            <translation>Choose the backup location</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>A backup is already running; its progress is shown below.</source>
            <translation>A backup is already running; its progress is shown below.</translation>
        </message>
        <message>
            <source>Making and verifying the backup… You can keep working meanwhile.</source>
            <translation>Making and verifying the backup… You can keep working meanwhile.</translation>
        </message>
        <message>
            <source>Copying: %p%</source>
            <translation>Copying: %p%</translation>
        </message>
        <message>
            <source>Checking the copy (every page and every table)…</source>
            <translation>Checking the copy (every page and every table)…</translation>
        </message>
        <message>
            <source>Writing the checksums and saving the backup…</source>
            <translation>Writing the checksums and saving the backup…</translation>
        </message>
        <message>
            <source>Backup %1 made and verified.</source>
            <translation>Backup %1 made and verified.</translation>
        </message>
        <message>
            <source>The backup was stopped because the office was locked. No partial backup was kept; it starts again at the next unlock if it is due.</source>
            <translation>The backup was stopped because the office was locked. No partial backup was kept; it starts again at the next unlock if it is due.</translation>
        </message>
        <message>
            <source>Test restore of %1 passed: the database opened, its integrity checks passed and %2 audit entries verified.</source>
            <translation>Test restore of %1 passed: the database opened, its integrity checks passed and %2 audit entries verified.</translation>
        </message>
        <message>
            <source>Test restore of %1 FAILED. Keep the older backups and make a new one.</source>
            <translation>Test restore of %1 FAILED. Keep the older backups and make a new one.</translation>
        </message>
        <message>
            <source>Choose a backup in the list first.</source>
            <translation>Choose a backup in the list first.</translation>
        </message>
        <message>
            <source>Restore the backup made at %1 (%2 records)? Everything entered since then is replaced. Enter your password to confirm.</source>
            <translation>Restore the backup made at %1 (%2 records)? Everything entered since then is replaced. Enter your password to confirm.</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Restore</translation>
        </message>
        <message>
            <source>The backup was restored. Log in again.</source>
            <translation>The backup was restored. Log in again.</translation>
        </message>
        <message>
            <source>The audit log is intact: %1 entries, %2 signed checkpoints match.</source>
            <translation>The audit log is intact: %1 entries, %2 signed checkpoints match.</translation>
        </message>
        <message>
            <source>Tell the privacy officer.</source>
            <translation>Tell the privacy officer.</translation>
        </message>
    </context>
    <context>
        <name>Certificate</name>
        <message>
            <source>For the person concerned</source>
            <translation>For the person concerned</translation>
        </message>
        <message>
            <source>For an inquiry or a disclosure request</source>
            <translation>For an inquiry or a disclosure request</translation>
        </message>
        <message>
            <source>This contact does not exist or its data was erased.</source>
            <translation>This contact does not exist or its data was erased.</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Yes</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Office</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Current state</source>
            <translation>Current state</translation>
        </message>
        <message>
            <source>On the send list</source>
            <translation>On the send list</translation>
        </message>
        <message>
            <source>Keep the record until</source>
            <translation>Keep the record until</translation>
        </message>
        <message>
            <source>Issued</source>
            <translation>Issued</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Consent certificate</source>
            <translation>Consent certificate</translation>
        </message>
        <message>
            <source>All times are Japan time (yyyy/MM/dd HH:mm).</source>
            <translation>All times are Japan time (yyyy/MM/dd HH:mm).</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>Consent records</translation>
        </message>
        <message>
            <source>No consent was recorded.</source>
            <translation>No consent was recorded.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>(corrected later)</source>
            <translation>(corrected later)</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Opt-in</source>
            <translation>Opt-in</translation>
        </message>
        <message>
            <source>Advisor</source>
            <translation>Advisor</translation>
        </message>
        <message>
            <source>Opt-in box ticked</source>
            <translation>Opt-in box ticked</translation>
        </message>
        <message>
            <source>Notice given</source>
            <translation>Notice given</translation>
        </message>
        <message>
            <source>Imported from a file</source>
            <translation>Imported from a file</translation>
        </message>
        <message>
            <source>Script or notice version</source>
            <translation>Script or notice version</translation>
        </message>
        <message>
            <source>SHA-256 of the text</source>
            <translation>SHA-256 of the text</translation>
        </message>
        <message>
            <source>Record %1</source>
            <translation>Record %1</translation>
        </message>
        <message>
            <source>The exact text</source>
            <translation>The exact text</translation>
        </message>
        <message>
            <source>Unsubscribes, complaints and bounces</source>
            <translation>Unsubscribes, complaints and bounces</translation>
        </message>
        <message>
            <source>None.</source>
            <translation>None.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <source>Unsubscribe requests</source>
            <translation>Unsubscribe requests</translation>
        </message>
        <message>
            <source>not processed yet</source>
            <translation>not processed yet</translation>
        </message>
        <message>
            <source>Received %1 (%2), processed %3</source>
            <translation>Received %1 (%2), processed %3</translation>
        </message>
        <message>
            <source>Select a contact first.</source>
            <translation>Select a contact first.</translation>
        </message>
    </context>
    <context>
        <name>CertificateDialog</name>
        <message>
            <source>Consent certificate</source>
            <translation>Consent certificate</translation>
        </message>
        <message>
            <source>For:</source>
            <translation>For:</translation>
        </message>
        <message>
            <source>The certificate lists every consent record with its time, channel, advisor and the exact text with its SHA-256, the unsubscribes and bounces, and the date until which the record is kept. The PDF is not encrypted: hand it only to the person concerned or to the inquirer.</source>
            <translation>The certificate lists every consent record with its time, channel, advisor and the exact text with its SHA-256, the unsubscribes and bounces, and the date until which the record is kept. The PDF is not encrypted: hand it only to the person concerned or to the inquirer.</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save the consent certificate</source>
            <translation>Save the consent certificate</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. SHA-256: %2</source>
            <translation>Saved to %1. SHA-256: %2</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>Your password was set by an administrator. Choose your own password now.</source>
            <translation>Your password was set by an administrator. Choose your own password now.</translation>
        </message>
        <message>
            <source>Current password:</source>
            <translation>Current password:</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>Current password</translation>
        </message>
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Municipal landing page</source>
            <translation>Municipal landing page</translation>
        </message>
        <message>
            <source>Other landing page</source>
            <translation>Other landing page</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web form</translation>
        </message>
    </context>
    <context>
        <name>ChoiceRow</name>
        <message>
            <source>✓ Correct answer</source>
            <translation>✓ Correct answer</translation>
        </message>
        <message>
            <source>✗ Your answer</source>
            <translation>✗ Your answer</translation>
        </message>
    </context>
    <context>
        <name>CompletionChart</name>
        <message>
            <source>Staff who passed, by quarter</source>
            <translation>Staff who passed, by quarter</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>%1/%2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>Q%1</source>
            <translation>Q%1</translation>
        </message>
        <message>
            <source>FY%1</source>
            <translation>FY%1</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPasswordDialog</name>
        <message>
            <source>Confirm your password</source>
            <translation>Confirm your password</translation>
        </message>
        <message>
            <source>This action needs your password again.</source>
            <translation>This action needs your password again.</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Your password</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Choose how the address was obtained.</source>
            <translation>Choose how the address was obtained.</translation>
        </message>
        <message>
            <source>Record whether the person agreed or refused.</source>
            <translation>Record whether the person agreed or refused.</translation>
        </message>
        <message>
            <source>Record which version of the phone script was shown to the advisor.</source>
            <translation>Record which version of the phone script was shown to the advisor.</translation>
        </message>
        <message>
            <source>Confirm that the consent script was read to the caller before recording the agreement.</source>
            <translation>Confirm that the consent script was read to the caller before recording the agreement.</translation>
        </message>
        <message>
            <source>Record which version of the consent wording the person saw or heard.</source>
            <translation>Record which version of the consent wording the person saw or heard.</translation>
        </message>
        <message>
            <source>A record from a municipal landing page must say whether the opt-in box was ticked.</source>
            <translation>A record from a municipal landing page must say whether the opt-in box was ticked.</translation>
        </message>
        <message>
            <source>The opt-in box was not ticked, so this record cannot be saved as an agreement.</source>
            <translation>The opt-in box was not ticked, so this record cannot be saved as an agreement.</translation>
        </message>
        <message>
            <source>The opt-in box was ticked: record this as an agreement.</source>
            <translation>The opt-in box was ticked: record this as an agreement.</translation>
        </message>
        <message>
            <source>Record whether the person was told that we may send information by e-mail.</source>
            <translation>Record whether the person was told that we may send information by e-mail.</translation>
        </message>
        <message>
            <source>The person was not told that we may send information by e-mail, so this cannot be saved as an agreement.</source>
            <translation>The person was not told that we may send information by e-mail, so this cannot be saved as an agreement.</translation>
        </message>
        <message>
            <source>Only a new, explicit agreement can put an address back on the list, not an import.</source>
            <translation>Only a new, explicit agreement can put an address back on the list, not an import.</translation>
        </message>
        <message>
            <source>A re-join needs the person's agreement.</source>
            <translation>A re-join needs the person's agreement.</translation>
        </message>
        <message>
            <source>An advisor must confirm the opt-in; an import cannot.</source>
            <translation>An advisor must confirm the opt-in; an import cannot.</translation>
        </message>
        <message>
            <source>There is no ticked municipal landing page opt-in waiting to be confirmed.</source>
            <translation>There is no ticked municipal landing page opt-in waiting to be confirmed.</translation>
        </message>
        <message>
            <source>A correction must name the record it corrects.</source>
            <translation>A correction must name the record it corrects.</translation>
        </message>
        <message>
            <source>The record to be corrected was not found.</source>
            <translation>The record to be corrected was not found.</translation>
        </message>
        <message>
            <source>Only a correction can replace another record.</source>
            <translation>Only a correction can replace another record.</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>The name is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The furigana is too long (at most %1 characters).</source>
            <translation>The furigana is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The memo is too long (at most %1 characters).</source>
            <translation>The memo is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The call-recording reference is too long (at most %1 characters).</source>
            <translation>The call-recording reference is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>Say why the record is being corrected.</source>
            <translation>Say why the record is being corrected.</translation>
        </message>
        <message>
            <source>Only a capture or an earlier correction can be corrected.</source>
            <translation>Only a capture or an earlier correction can be corrected.</translation>
        </message>
        <message>
            <source>This record has already been corrected. Correct the latest correction instead.</source>
            <translation>This record has already been corrected. Correct the latest correction instead.</translation>
        </message>
        <message>
            <source>The record already has this outcome.</source>
            <translation>The record already has this outcome.</translation>
        </message>
        <message>
            <source>The personal data of this contact has been deleted.</source>
            <translation>The personal data of this contact has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>ContactDetailPanel</name>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Select a contact to see its history.</source>
            <translation>Select a contact to see its history.</translation>
        </message>
        <message>
            <source>(personal data deleted)</source>
            <translation>(personal data deleted)</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>Memo: %1</translation>
        </message>
    </context>
    <context>
        <name>ContactEditDialog</name>
        <message>
            <source>Correct the contact</source>
            <translation>Correct the contact</translation>
        </message>
        <message>
            <source>Address (cannot be changed)</source>
            <translation>Address (cannot be changed)</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Furigana</source>
            <translation>Furigana</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>&amp;Furigana:</source>
            <translation>&amp;Furigana:</translation>
        </message>
        <message>
            <source>&amp;Memo:</source>
            <translation>&amp;Memo:</translation>
        </message>
        <message>
            <source>The address cannot be corrected here: a different address is a different person's consent. The consent history stays as it is.</source>
            <translation>The address cannot be corrected here: a different address is a different person's consent. The consent history stays as it is.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Save the correction</source>
            <translation>Save the correction</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Close without changing anything</translation>
        </message>
        <message>
            <source>Select a contact in the list first.</source>
            <translation>Select a contact in the list first.</translation>
        </message>
    </context>
    <context>
        <name>ContactStatus</name>
        <message>
            <source>On the send list</source>
            <translation>On the send list</translation>
        </message>
        <message>
            <source>Opt-in awaiting an advisor's confirmation</source>
            <translation>Opt-in awaiting an advisor's confirmation</translation>
        </message>
        <message>
            <source>No consent</source>
            <translation>No consent</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Unsubscribed</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>Invalid address</translation>
        </message>
        <message>
            <source>Address does not exist (bounced)</source>
            <translation>Address does not exist (bounced)</translation>
        </message>
    </context>
    <context>
        <name>Contacts</name>
        <message>
            <source>The search text is too long (at most %1 characters).</source>
            <translation>The search text is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>An export needs an identifier.</source>
            <translation>An export needs an identifier.</translation>
        </message>
        <message>
            <source>The personal data of this contact has been deleted: there is nothing to correct.</source>
            <translation>The personal data of this contact has been deleted: there is nothing to correct.</translation>
        </message>
        <message>
            <source>Enter the name: it cannot be left empty.</source>
            <translation>Enter the name: it cannot be left empty.</translation>
        </message>
        <message>
            <source>The furigana contains only spaces: type it or clear the field.</source>
            <translation>The furigana contains only spaces: type it or clear the field.</translation>
        </message>
        <message>
            <source>The memo contains only spaces: type it or clear the field.</source>
            <translation>The memo contains only spaces: type it or clear the field.</translation>
        </message>
    </context>
    <context>
        <name>ContactsModel</name>
        <message>
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Obtained through</source>
            <translation>Obtained through</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
    </context>
    <context>
        <name>ContactsPage</name>
        <message>
            <source>No decision</source>
            <translation>No decision</translation>
        </message>
        <message>
            <source>Unsubscribe request</source>
            <translation>Unsubscribe request</translation>
        </message>
        <message>
            <source>Included in an export</source>
            <translation>Included in an export</translation>
        </message>
        <message>
            <source>Rights request</source>
            <translation>Rights request</translation>
        </message>
        <message>
            <source>consent script</source>
            <translation>consent script</translation>
        </message>
        <message>
            <source>%1  %2: %3</source>
            <translation>%1  %2: %3</translation>
        </message>
        <message>
            <source>done</source>
            <translation>done</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>due %1</translation>
        </message>
        <message>
            <source>%1  %2 (%3, %4)</source>
            <translation>%1  %2 (%3, %4)</translation>
        </message>
        <message>
            <source>%1  %2 (%3)</source>
            <translation>%1  %2 (%3)</translation>
        </message>
        <message>
            <source>%1  %2: %3 — %4</source>
            <translation>%1  %2: %3 — %4</translation>
        </message>
        <message>
            <source>%1  %2 — %3</source>
            <translation>%1  %2 — %3</translation>
        </message>
        <message>
            <source>imported</source>
            <translation>imported</translation>
        </message>
        <message>
            <source>script: %1</source>
            <translation>script: %1</translation>
        </message>
        <message>
            <source>corrects an earlier entry</source>
            <translation>corrects an earlier entry</translation>
        </message>
        <message>
            <source>corrected by a later entry</source>
            <translation>corrected by a later entry</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>Memo: %1</translation>
        </message>
        <message>
            <source>Call recording: %1</source>
            <translation>Call recording: %1</translation>
        </message>
        <message>
            <source>Keep the consent record until %1. %2</source>
            <translation>Keep the consent record until %1. %2</translation>
        </message>
        <message>
            <source>Search by address, name or furigana</source>
            <translation>Search by address, name or furigana</translation>
        </message>
        <message>
            <source>Search contacts</source>
            <translation>Search contacts</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>Newest first</source>
            <translation>Newest first</translation>
        </message>
        <message>
            <source>By address</source>
            <translation>By address</translation>
        </message>
        <message>
            <source>Import from a landing page…</source>
            <translation>Import from a landing page…</translation>
        </message>
        <message>
            <source>Import from the mail service…</source>
            <translation>Import from the mail service…</translation>
        </message>
        <message>
            <source>Consent certificate…</source>
            <translation>Consent certificate…</translation>
        </message>
        <message>
            <source>Correct name or memo…</source>
            <translation>Correct name or memo…</translation>
        </message>
        <message>
            <source>Correct the selected contact's name, furigana and memo (F2)</source>
            <translation>Correct the selected contact's name, furigana and memo (F2)</translation>
        </message>
        <message>
            <source>Contacts: correct the selected contact's name, furigana and memo</source>
            <translation>Contacts: correct the selected contact's name, furigana and memo</translation>
        </message>
        <message>
            <source>More than %1 contacts match.</source>
            <translation>More than %1 contacts match.</translation>
        </message>
        <message>
            <source>%1 contact(s) match.</source>
            <translation>%1 contact(s) match.</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct an entry</source>
            <translation>Correct an entry</translation>
        </message>
        <message>
            <source>Entry #%1 for %2 (%3). The original stays in the history.</source>
            <translation>Entry #%1 for %2 (%3). The original stays in the history.</translation>
        </message>
        <message>
            <source>The caller actually answered: %1</source>
            <translation>The caller actually answered: %1</translation>
        </message>
        <message>
            <source>Entered by mistake (wrong caller or address): void it</source>
            <translation>Entered by mistake (wrong caller or address): void it</translation>
        </message>
        <message>
            <source>The consent script was read to the caller</source>
            <translation>The consent script was read to the caller</translation>
        </message>
        <message>
            <source>Why is it corrected?</source>
            <translation>Why is it corrected?</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
    </context>
    <context>
        <name>Eligibility</name>
        <message>
            <source>Consent recorded; the address is on the send list.</source>
            <translation>Consent recorded; the address is on the send list.</translation>
        </message>
        <message>
            <source>No consent has been recorded for this address.</source>
            <translation>No consent has been recorded for this address.</translation>
        </message>
        <message>
            <source>The opt-in box on the municipal landing page was not ticked.</source>
            <translation>The opt-in box on the municipal landing page was not ticked.</translation>
        </message>
        <message>
            <source>The opt-in box was ticked, but no advisor has confirmed the opt-in yet.</source>
            <translation>The opt-in box was ticked, but no advisor has confirmed the opt-in yet.</translation>
        </message>
        <message>
            <source>The phone consent script was not confirmed as read to the caller.</source>
            <translation>The phone consent script was not confirmed as read to the caller.</translation>
        </message>
        <message>
            <source>The notice that we may send information by e-mail was not given.</source>
            <translation>The notice that we may send information by e-mail was not given.</translation>
        </message>
        <message>
            <source>The consent has expired.</source>
            <translation>The consent has expired.</translation>
        </message>
        <message>
            <source>The consent record does not say how it was obtained.</source>
            <translation>The consent record does not say how it was obtained.</translation>
        </message>
        <message>
            <source>The person refused to receive e-mail from us.</source>
            <translation>The person refused to receive e-mail from us.</translation>
        </message>
        <message>
            <source>The person asked to stop receiving e-mail.</source>
            <translation>The person asked to stop receiving e-mail.</translation>
        </message>
        <message>
            <source>The person refused or unsubscribed; a later imported record does not put the address back on the list.</source>
            <translation>The person refused or unsubscribed; a later imported record does not put the address back on the list.</translation>
        </message>
        <message>
            <source>The mail service reported that the address does not exist (a hard bounce).</source>
            <translation>The mail service reported that the address does not exist (a hard bounce).</translation>
        </message>
        <message>
            <source>The person marked our mail as spam at the mail service; this stops all mail like an unsubscribe.</source>
            <translation>The person marked our mail as spam at the mail service; this stops all mail like an unsubscribe.</translation>
        </message>
        <message>
            <source>The personal data has been deleted.</source>
            <translation>The personal data has been deleted.</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>The e-mail address is not valid.</translation>
        </message>
        <message>
            <source>An unsubscribe request was received and is not processed yet; the address is left out from now on.</source>
            <translation>An unsubscribe request was received and is not processed yet; the address is left out from now on.</translation>
        </message>
        <message>
            <source>Another spelling of this mailbox (Gmail dots, +tags) refused, unsubscribed or is on the suppression list.</source>
            <translation>Another spelling of this mailbox (Gmail dots, +tags) refused, unsubscribed or is on the suppression list.</translation>
        </message>
    </context>
    <context>
        <name>EntriesModel</name>
        <message>
            <source>Date and time</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Result</translation>
        </message>
        <message>
            <source>Not logged in</source>
            <translation>Not logged in</translation>
        </message>
        <message>
            <source>Unknown user</source>
            <translation>Unknown user</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Nothing was saved. The details are in the log file %1.</source>
            <translation>Something went wrong. Nothing was saved. The details are in the log file %1.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <source>Capture</source>
            <translation>Capture</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation>Unsubscribe</translation>
        </message>
        <message>
            <source>Re-join</source>
            <translation>Re-join</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Opt-in confirmed</source>
            <translation>Opt-in confirmed</translation>
        </message>
        <message>
            <source>Bounced at the mail service</source>
            <translation>Bounced at the mail service</translation>
        </message>
        <message>
            <source>Complaint at the mail service</source>
            <translation>Complaint at the mail service</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Send list</source>
            <translation>Send list</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>Consent records</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Training report</source>
            <translation>Training report</translation>
        </message>
        <message>
            <source>Choose Excel (.xlsx) or CSV.</source>
            <translation>Choose Excel (.xlsx) or CSV.</translation>
        </message>
        <message>
            <source>The start date is after the end date.</source>
            <translation>The start date is after the end date.</translation>
        </message>
        <message>
            <source>Only Excel files can be protected with a password.</source>
            <translation>Only Excel files can be protected with a password.</translation>
        </message>
        <message>
            <source>Enter a file password. An export is never written unprotected by an empty password.</source>
            <translation>Enter a file password. An export is never written unprotected by an empty password.</translation>
        </message>
        <message>
            <source>The file password cannot be only spaces.</source>
            <translation>The file password cannot be only spaces.</translation>
        </message>
        <message>
            <source>The file password must have at least %1 characters.</source>
            <translation>The file password must have at least %1 characters.</translation>
        </message>
        <message>
            <source>The file password is too long (at most %1 characters).</source>
            <translation>The file password is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The file password contains an invalid character.</source>
            <translation>The file password contains an invalid character.</translation>
        </message>
        <message>
            <source>The file password is too easy to guess (repeated characters, common words or patterns). Use the generated passphrase or a longer one.</source>
            <translation>The file password is too easy to guess (repeated characters, common words or patterns). Use the generated passphrase or a longer one.</translation>
        </message>
        <message>
            <source>The file password must not be your login password. Use the generated passphrase.</source>
            <translation>The file password must not be your login password. Use the generated passphrase.</translation>
        </message>
        <message>
            <source>This kind of export is not available yet.</source>
            <translation>This kind of export is not available yet.</translation>
        </message>
        <message>
            <source>The two file passwords do not match.</source>
            <translation>The two file passwords do not match.</translation>
        </message>
        <message>
            <source>Some mail-footer items are missing in 管理 → 設定. Every mail must carry them (特定電子メール法 Art. 4).</source>
            <translation>Some mail-footer items are missing in 管理 → 設定. Every mail must carry them (特定電子メール法 Art. 4).</translation>
        </message>
        <message>
            <source>Some mail-footer items are missing from the office settings. Every mail must carry them (特定電子メール法 Art. 4). Ask an administrator to fill them in.</source>
            <translation>Some mail-footer items are missing from the office settings. Every mail must carry them (特定電子メール法 Art. 4). Ask an administrator to fill them in.</translation>
        </message>
        <message>
            <source>A mail-service format is only for the send list.</source>
            <translation>A mail-service format is only for the send list.</translation>
        </message>
        <message>
            <source>This mail-service format is not known. Known formats: %1.</source>
            <translation>This mail-service format is not known. Known formats: %1.</translation>
        </message>
        <message>
            <source>Files for a mail service cannot be protected with a password. Use Excel (.xlsx) for a protected file.</source>
            <translation>Files for a mail service cannot be protected with a password. Use Excel (.xlsx) for a protected file.</translation>
        </message>
        <message>
            <source>Files for a mail service are not encrypted. Confirm that before exporting them.</source>
            <translation>Files for a mail service are not encrypted. Confirm that before exporting them.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Only this period:</source>
            <translation>Only this period:</translation>
        </message>
        <message>
            <source>Period from</source>
            <translation>Period from</translation>
        </message>
        <message>
            <source>Period to</source>
            <translation>Period to</translation>
        </message>
        <message>
            <source>e.g. login or export (empty: all actions)</source>
            <translation>e.g. login or export (empty: all actions)</translation>
        </message>
        <message>
            <source>All channels</source>
            <translation>All channels</translation>
        </message>
        <message>
            <source>One address (empty: all)</source>
            <translation>One address (empty: all)</translation>
        </message>
        <message>
            <source>Excel (.xlsx)</source>
            <translation>Excel (.xlsx)</translation>
        </message>
        <message>
            <source>CSV (UTF-8 with BOM)</source>
            <translation>CSV (UTF-8 with BOM)</translation>
        </message>
        <message>
            <source>None (the Excel or CSV file above)</source>
            <translation>None (the Excel or CSV file above)</translation>
        </message>
        <message>
            <source>Protect the file with a password</source>
            <translation>Protect the file with a password</translation>
        </message>
        <message>
            <source>Make a passphrase</source>
            <translation>Make a passphrase</translation>
        </message>
        <message>
            <source>What:</source>
            <translation>What:</translation>
        </message>
        <message>
            <source>Period:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Channel:</source>
            <translation>Channel:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Action:</source>
            <translation>Action:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Format for the mail service:</source>
            <translation>Format for the mail service:</translation>
        </message>
        <message>
            <source>File password:</source>
            <translation>File password:</translation>
        </message>
        <message>
            <source>Repeat file password:</source>
            <translation>Repeat file password:</translation>
        </message>
        <message>
            <source>The file password is separate from your login password, at least %1 characters, hard to guess, and must reach the recipient by another channel (not in the same e-mail). The passphrase made here has no look-alike letters, so it can be read out on the phone.</source>
            <translation>The file password is separate from your login password, at least %1 characters, hard to guess, and must reach the recipient by another channel (not in the same e-mail). The passphrase made here has no look-alike letters, so it can be read out on the phone.</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Show who is &amp;left out…</source>
            <translation>Show who is &amp;left out…</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>%1 rows will be exported.</source>
            <translation>%1 rows will be exported.</translation>
        </message>
        <message>
            <source>Left out:</source>
            <translation>Left out:</translation>
        </message>
        <message>
            <source>・%1: %2</source>
            <translation>・%1: %2</translation>
        </message>
        <message>
            <source>The list will be split into %1 files (the mail service's size limit); each file has the header row.</source>
            <translation>The list will be split into %1 files (the mail service's size limit); each file has the header row.</translation>
        </message>
        <message>
            <source>Files for %1 cannot be encrypted: anyone who gets them can read every address on the send list. Upload them to the service, then delete them. For a file that travels, use the password-protected Excel file instead.

Export without encryption?</source>
            <translation>Files for %1 cannot be encrypted: anyone who gets them can read every address on the send list. Upload them to the service, then delete them. For a file that travels, use the password-protected Excel file instead.

Export without encryption?</translation>
        </message>
        <message>
            <source>TSV files (*.tsv)</source>
            <translation>TSV files (*.tsv)</translation>
        </message>
        <message>
            <source>Save the export</source>
            <translation>Save the export</translation>
        </message>
        <message>
            <source>Exported %1 rows in %2 files (the service's size limit): %3</source>
            <translation>Exported %1 rows in %2 files (the service's size limit): %3</translation>
        </message>
        <message>
            <source>Exported %1 rows to %2.</source>
            <translation>Exported %1 rows to %2.</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>%1 fields are longer than the mail service accepts. They were kept whole: check those names before uploading.</source>
            <translation>%1 fields are longer than the mail service accepts. They were kept whole: check those names before uploading.</translation>
        </message>
        <message>
            <source>%1 addresses start with = + - or @. They were kept exactly as they are; do not open the file in a spreadsheet.</source>
            <translation>%1 addresses start with = + - or @. They were kept exactly as they are; do not open the file in a spreadsheet.</translation>
        </message>
        <message>
            <source>Excel files (*.xlsx)</source>
            <translation>Excel files (*.xlsx)</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>&amp;Preview</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Writing the export…</source>
            <translation>Writing the export…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>The export was cancelled. No file was written.</source>
            <translation>The export was cancelled. No file was written.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Go to</source>
            <translation>Go to</translation>
        </message>
        <message>
            <source>Go to %1</source>
            <translation>Go to %1</translation>
        </message>
        <message>
            <source>User guide for this screen</source>
            <translation>User guide for this screen</translation>
        </message>
        <message>
            <source>Keyboard shortcuts…</source>
            <translation>Keyboard shortcuts…</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>User guide</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>Screens</source>
            <translation>Screens</translation>
        </message>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Will join the send list</source>
            <translation>Will join the send list</translation>
        </message>
        <message>
            <source>No opt-in</source>
            <translation>No opt-in</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>Invalid address</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>Duplicate</translation>
        </message>
        <message>
            <source>Previously unsubscribed or refused</source>
            <translation>Previously unsubscribed or refused</translation>
        </message>
        <message>
            <source>Refused in the file</source>
            <translation>Refused in the file</translation>
        </message>
        <message>
            <source>Row error</source>
            <translation>Row error</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <extracomment>The fields a file can fill, in display order.</extracomment>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Furigana</source>
            <translation>Furigana</translation>
        </message>
        <message>
            <source>Opt-in (wants e-mail)</source>
            <translation>Opt-in (wants e-mail)</translation>
        </message>
        <message>
            <source>Date submitted</source>
            <translation>Date submitted</translation>
        </message>
        <message>
            <source>Choose the source: municipal landing page or other landing page.</source>
            <translation>Choose the source: municipal landing page or other landing page.</translation>
        </message>
        <message>
            <source>No e-mail address column was found. Choose the column that holds the addresses.</source>
            <translation>No e-mail address column was found. Choose the column that holds the addresses.</translation>
        </message>
        <message>
            <source>A file from a municipal landing page needs its opt-in column (for example 配信希望). Choose it.</source>
            <translation>A file from a municipal landing page needs its opt-in column (for example 配信希望). Choose it.</translation>
        </message>
        <message>
            <source>The column %1 is not in the file.</source>
            <translation>The column %1 is not in the file.</translation>
        </message>
        <message>
            <source>Unknown field %1. Use email, name, furigana, opt_in or date.</source>
            <translation>Unknown field %1. Use email, name, furigana, opt_in or date.</translation>
        </message>
        <message>
            <source>The column %1 is chosen for two fields.</source>
            <translation>The column %1 is chosen for two fields.</translation>
        </message>
        <message>
            <source>The contacts changed since the preview (%1 rows would now be treated differently). Preview the file again.</source>
            <translation>The contacts changed since the preview (%1 rows would now be treated differently). Preview the file again.</translation>
        </message>
        <message>
            <source>The file changed (or can no longer be read) since the preview. Nothing was imported. Preview the file again.</source>
            <translation>The file changed (or can no longer be read) since the preview. Nothing was imported. Preview the file again.</translation>
        </message>
        <message>
            <source>No row of this file would be imported.</source>
            <translation>No row of this file would be imported.</translation>
        </message>
        <message>
            <source>Joins the send list.</source>
            <translation>Joins the send list.</translation>
        </message>
        <message>
            <source>Opt-in ticked; joins when you confirm the import.</source>
            <translation>Opt-in ticked; joins when you confirm the import.</translation>
        </message>
        <message>
            <source>The opt-in box was not ticked; kept as a record, not sent to.</source>
            <translation>The opt-in box was not ticked; kept as a record, not sent to.</translation>
        </message>
        <message>
            <source>The opt-in column says no; this row is not imported.</source>
            <translation>The opt-in column says no; this row is not imported.</translation>
        </message>
        <message>
            <source>The opt-in value %1 is not recognised; treated as not ticked.</source>
            <translation>The opt-in value %1 is not recognised; treated as not ticked.</translation>
        </message>
        <message>
            <source>The same address as row %1.</source>
            <translation>The same address as row %1.</translation>
        </message>
        <message>
            <source>The file says this person does not want e-mail; recorded as a refusal and kept off every send list.</source>
            <translation>The file says this person does not want e-mail; recorded as a refusal and kept off every send list.</translation>
        </message>
        <message>
            <source>Already on the send list.</source>
            <translation>Already on the send list.</translation>
        </message>
        <message>
            <source>Already known; no new opt-in in this row.</source>
            <translation>Already known; no new opt-in in this row.</translation>
        </message>
        <message>
            <source>Refused earlier; an import cannot put the address back.</source>
            <translation>Refused earlier; an import cannot put the address back.</translation>
        </message>
        <message>
            <source>Unsubscribed earlier; an import cannot put the address back.</source>
            <translation>Unsubscribed earlier; an import cannot put the address back.</translation>
        </message>
        <message>
            <source>Deleted on request earlier; an import cannot add the address again.</source>
            <translation>Deleted on request earlier; an import cannot add the address again.</translation>
        </message>
        <message>
            <source>The mail service reported that this address does not exist; an import cannot put it back.</source>
            <translation>The mail service reported that this address does not exist; an import cannot put it back.</translation>
        </message>
        <message>
            <source>The date %1 cannot be read (use for example 2026/11/20 10:15).</source>
            <translation>The date %1 cannot be read (use for example 2026/11/20 10:15).</translation>
        </message>
        <message>
            <source>The date %1 is in the future.</source>
            <translation>The date %1 is in the future.</translation>
        </message>
        <message>
            <source>The name is too long (at most %1 characters).</source>
            <translation>The name is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The furigana is too long (at most %1 characters).</source>
            <translation>The furigana is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it exists and that you may read it.</source>
            <translation>The file could not be opened. Check that it exists and that you may read it.</translation>
        </message>
        <message>
            <source>The file is too large (more than %1 MB).</source>
            <translation>The file is too large (more than %1 MB).</translation>
        </message>
        <message>
            <source>The file is empty.</source>
            <translation>The file is empty.</translation>
        </message>
        <message>
            <source>The file has a header row but no data rows.</source>
            <translation>The file has a header row but no data rows.</translation>
        </message>
        <message>
            <source>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as "CSV UTF-8" and try again.</source>
            <translation>The file is neither UTF-8 nor Shift_JIS (CP932) text. Save it as "CSV UTF-8" and try again.</translation>
        </message>
        <message>
            <source>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and try again.</source>
            <translation>The file is saved as UTF-16 ("Unicode text"). Save it as "CSV UTF-8" and try again.</translation>
        </message>
        <message>
            <source>The file is not a CSV or Excel (.xlsx) file.</source>
            <translation>The file is not a CSV or Excel (.xlsx) file.</translation>
        </message>
        <message>
            <source>Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV UTF-8.</source>
            <translation>Old Excel files (.xls) cannot be read. Save the file as .xlsx or CSV UTF-8.</translation>
        </message>
        <message>
            <source>The Excel file could not be read. It may be damaged.</source>
            <translation>The Excel file could not be read. It may be damaged.</translation>
        </message>
        <message>
            <source>This workbook is protected with a password. Remove the password in Excel, save it again and import that file.</source>
            <translation>This workbook is protected with a password. Remove the password in Excel, save it again and import that file.</translation>
        </message>
        <message>
            <source>This workbook contains macros, which an import does not accept. In Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that file.</source>
            <translation>This workbook contains macros, which an import does not accept. In Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8" and import that file.</translation>
        </message>
        <message>
            <source>This workbook takes values from other files (external links), so what it shows may not be what it holds. In Excel, break the links or save it as "CSV UTF-8" and import that file.</source>
            <translation>This workbook takes values from other files (external links), so what it shows may not be what it holds. In Excel, break the links or save it as "CSV UTF-8" and import that file.</translation>
        </message>
        <message>
            <source>The Excel file contains damaged or unsafe XML (for example entity definitions) and was not read.</source>
            <translation>The Excel file contains damaged or unsafe XML (for example entity definitions) and was not read.</translation>
        </message>
        <message>
            <source>The Excel file is too large when unpacked: %2 MB, the limit is %1 MB.</source>
            <translation>The Excel file is too large when unpacked: %2 MB, the limit is %1 MB.</translation>
        </message>
        <message>
            <source>The Excel file is packed suspiciously tightly (%2 to 1; the limit is %1 to 1). It was not read.</source>
            <translation>The Excel file is packed suspiciously tightly (%2 to 1; the limit is %1 to 1). It was not read.</translation>
        </message>
        <message>
            <source>The Excel file holds too many different texts: more than %1 (the limit).</source>
            <translation>The Excel file holds too many different texts: more than %1 (the limit).</translation>
        </message>
        <message>
            <source>The file has %2 rows; the limit is %1 rows. Split it into smaller files.</source>
            <translation>The file has %2 rows; the limit is %1 rows. Split it into smaller files.</translation>
        </message>
        <message>
            <source>Row %2 is too long: more than %1 characters (the limit).</source>
            <translation>Row %2 is too long: more than %1 characters (the limit).</translation>
        </message>
        <message>
            <source>A cell of the Excel file holds more than %1 characters (the limit).</source>
            <translation>A cell of the Excel file holds more than %1 characters (the limit).</translation>
        </message>
        <message>
            <source>Row %1 could not be read: %2</source>
            <translation>Row %1 could not be read: %2</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import from a landing page</source>
            <translation>Import from a landing page</translation>
        </message>
        <message>
            <source>CSV (UTF-8 or Shift_JIS) or Excel (.xlsx) file</source>
            <translation>CSV (UTF-8 or Shift_JIS) or Excel (.xlsx) file</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Columns</source>
            <translation>Columns</translation>
        </message>
        <message>
            <source>(not in the file)</source>
            <translation>(not in the file)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>What importing will do</source>
            <translation>What importing will do</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Details</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Opt-in wording on the page:</source>
            <translation>Opt-in wording on the page:</translation>
        </message>
        <message>
            <source>I have checked that the rows marked to join ticked the opt-in box (advisor's confirmation).</source>
            <translation>I have checked that the rows marked to join ticked the opt-in box (advisor's confirmation).</translation>
        </message>
        <message>
            <source>Notice shown on the page:</source>
            <translation>Notice shown on the page:</translation>
        </message>
        <message>
            <source>I have checked that the page showed this notice that we may send information by e-mail.</source>
            <translation>I have checked that the page showed this notice that we may send information by e-mail.</translation>
        </message>
        <message>
            <source>Choose the landing-page file</source>
            <translation>Choose the landing-page file</translation>
        </message>
        <message>
            <source>CSV or Excel files (*.csv *.txt *.xlsx)</source>
            <translation>CSV or Excel files (*.csv *.txt *.xlsx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Choose a file first.</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Reading and checking the file…</translation>
        </message>
        <message>
            <source>%1 rows read (%2, %3). Wording: %4.</source>
            <translation>%1 rows read (%2, %3). Wording: %4.</translation>
        </message>
        <message>
            <source>The table shows the first rows of each outcome (%1 of %2 rows).</source>
            <translation>The table shows the first rows of each outcome (%1 of %2 rows).</translation>
        </message>
        <message>
            <source>This file was imported before (%1). Those rows show as duplicates.</source>
            <translation>This file was imported before (%1). Those rows show as duplicates.</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>Importing…</translation>
        </message>
        <message>
            <source>Imported: %1 new contacts, %2 on the send list (import #%3).</source>
            <translation>Imported: %1 new contacts, %2 on the send list (import #%3).</translation>
        </message>
    </context>
    <context>
        <name>InScopeTab</name>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Post</source>
            <translation>Post</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Why approval could not be obtained</source>
            <translation>Why approval could not be obtained</translation>
        </message>
        <message>
            <source>Posts that went out within a pre-approved scope without individual approval. The guideline allows this only when approval cannot be obtained; the author's reason is shown for each.</source>
            <translation>Posts that went out within a pre-approved scope without individual approval. The guideline allows this only when approval cannot be obtained; the author's reason is shown for each.</translation>
        </message>
        <message>
            <source>Scope %1</source>
            <translation>Scope %1</translation>
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
            <translation>Recorded</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Address of the offending account or post, report number</source>
            <translation>Address of the offending account or post, report number</translation>
        </message>
        <message>
            <source>Takedown requested on</source>
            <translation>Takedown requested on</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>Platform reference:</source>
            <translation>Platform reference:</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>What happened:</translation>
        </message>
        <message>
            <source>Actions taken:</source>
            <translation>Actions taken:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Record new incident</source>
            <translation>Record new incident</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Flaming: stay calm, do not argue, correct mistakes instead of deleting. Impersonation: ask the platform to remove it and record the date. False posts: post the correct information.</source>
            <translation>Flaming: stay calm, do not argue, correct mistakes instead of deleting. Impersonation: ask the platform to remove it and record the date. False posts: post the correct information.</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>The incident was recorded.</source>
            <translation>The incident was recorded.</translation>
        </message>
        <message>
            <source>Choose an incident in the list first.</source>
            <translation>Choose an incident in the list first.</translation>
        </message>
        <message>
            <source>The incident was updated.</source>
            <translation>The incident was updated.</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>en</source>
            <translation>en</translation>
        </message>
    </context>
    <context>
        <name>LeftOutDialog</name>
        <message>
            <source>Contacts left out of the send list</source>
            <translation>Contacts left out of the send list</translation>
        </message>
        <message>
            <source>Reason left out</source>
            <translation>Reason left out</translation>
        </message>
        <message>
            <source>All reasons (%1)</source>
            <translation>All reasons (%1)</translation>
        </message>
        <message>
            <source>All reasons</source>
            <translation>All reasons</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <source>Contacts left out</source>
            <translation>Contacts left out</translation>
        </message>
        <message>
            <source>Nobody listed here receives the send list. To change a contact, find it on the Contacts page.</source>
            <translation>Nobody listed here receives the send list. To change a contact, find it on the Contacts page.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Close the list</source>
            <translation>Close the list</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Nobody is left out for this reason.</source>
            <translation>Nobody is left out for this reason.</translation>
        </message>
        <message>
            <source>%1 contacts shown. Scroll down for more.</source>
            <translation>%1 contacts shown. Scroll down for more.</translation>
        </message>
        <message>
            <source>%1 contacts shown. These are all.</source>
            <translation>%1 contacts shown. These are all.</translation>
        </message>
    </context>
    <context>
        <name>LeftOutModel</name>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Channel</translation>
        </message>
        <message>
            <source>Decided on</source>
            <translation>Decided on</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
    </context>
    <context>
        <name>ListButtons</name>
        <message>
            <source>New post</source>
            <translation>New post</translation>
        </message>
        <message>
            <source>Copy into a new draft</source>
            <translation>Copy into a new draft</translation>
        </message>
        <message>
            <source>Start a new draft with the text, account and scope of the rejected or sent-back post chosen in the list. Its review history is not copied.</source>
            <translation>Start a new draft with the text, account and scope of the rejected or sent-back post chosen in the list. Its review history is not copied.</translation>
        </message>
        <message>
            <source>Copy the chosen post into a new draft</source>
            <translation>Copy the chosen post into a new draft</translation>
        </message>
        <message>
            <source>Copied into a new draft (version %1). The original post stays as it was.</source>
            <translation>Copied into a new draft (version %1). The original post stays as it was.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in to Madoguchi</source>
            <translation>Log in to Madoguchi</translation>
        </message>
        <message>
            <source>Unlock Madoguchi</source>
            <translation>Unlock Madoguchi</translation>
        </message>
        <message>
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <source>The session was locked. Enter your password to continue.</source>
            <translation>The session was locked. Enter your password to continue.</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Choose the new connection file…</source>
            <translation>Choose the new connection file…</translation>
        </message>
        <message>
            <source>Demo office: these accounts exist only in this throw-away office.</source>
            <translation>Demo office: these accounts exist only in this throw-away office.</translation>
        </message>
        <message>
            <source>%1 / %2  (%3)</source>
            <translation>%1 / %2  (%3)</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Use recovery code…</source>
            <translation>Use recovery code…</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>The connection file was replaced. Log in again.</source>
            <translation>The connection file was replaced. Log in again.</translation>
        </message>
        <message>
            <source>Key file damaged</source>
            <translation>Key file damaged</translation>
        </message>
        <message>
            <source>Open the office with the previous copy of the key file?</source>
            <translation>Open the office with the previous copy of the key file?</translation>
        </message>
    </context>
    <context>
        <name>MailImport</name>
        <message>
            <source>The file could not be opened. Check that it exists and that you may read it.</source>
            <translation>The file could not be opened. Check that it exists and that you may read it.</translation>
        </message>
        <message>
            <source>The file was not recognised as an unsubscribe, bounce or complaint list of Mailchimp, SendGrid, Brevo, Benchmark Email, blastmail or listmonk, nor as a plain list of addresses. Choose the format by hand if you know it.</source>
            <translation>The file was not recognised as an unsubscribe, bounce or complaint list of Mailchimp, SendGrid, Brevo, Benchmark Email, blastmail or listmonk, nor as a plain list of addresses. Choose the format by hand if you know it.</translation>
        </message>
        <message>
            <source>The ZIP file could not be read. It may be damaged or incomplete.</source>
            <translation>The ZIP file could not be read. It may be damaged or incomplete.</translation>
        </message>
        <message>
            <source>The ZIP file holds no CSV file.</source>
            <translation>The ZIP file holds no CSV file.</translation>
        </message>
        <message>
            <source>The file %1 inside the ZIP file is too large when unpacked (more than %2 MB, or more than %3 times its packed size). It was not read.</source>
            <translation>The file %1 inside the ZIP file is too large when unpacked (more than %2 MB, or more than %3 times its packed size). It was not read.</translation>
        </message>
        <message>
            <source>The file could not be read as a list in UTF-8 or Shift_JIS.</source>
            <translation>The file could not be read as a list in UTF-8 or Shift_JIS.</translation>
        </message>
        <message>
            <source>The file is too large (more than %1 MB).</source>
            <translation>The file is too large (more than %1 MB).</translation>
        </message>
        <message>
            <source>Unsubscribed now</source>
            <translation>Unsubscribed now</translation>
        </message>
        <message>
            <source>Complaint (unsubscribed now)</source>
            <translation>Complaint (unsubscribed now)</translation>
        </message>
        <message>
            <source>Hard bounce (taken off every send list)</source>
            <translation>Hard bounce (taken off every send list)</translation>
        </message>
        <message>
            <source>Already off the send list (no change)</source>
            <translation>Already off the send list (no change)</translation>
        </message>
        <message>
            <source>Agreed again at the office after the service's date (no change)</source>
            <translation>Agreed again at the office after the service's date (no change)</translation>
        </message>
        <message>
            <source>Address not in the office (nothing recorded)</source>
            <translation>Address not in the office (nothing recorded)</translation>
        </message>
        <message>
            <source>Soft bounce (counted only)</source>
            <translation>Soft bounce (counted only)</translation>
        </message>
        <message>
            <source>Still subscribed (no change)</source>
            <translation>Still subscribed (no change)</translation>
        </message>
        <message>
            <source>Row without a usable address</source>
            <translation>Row without a usable address</translation>
        </message>
        <message>
            <source>Repeated address (counted once)</source>
            <translation>Repeated address (counted once)</translation>
        </message>
        <message>
            <source>The file changed since the preview. Preview it again.</source>
            <translation>The file changed since the preview. Preview it again.</translation>
        </message>
    </context>
    <context>
        <name>MailService</name>
        <message>
            <source>CSV (UTF-8 with BOM, opens in Excel)</source>
            <translation>CSV (UTF-8 with BOM, opens in Excel)</translation>
        </message>
        <message>
            <source>CSV (Shift_JIS)</source>
            <translation>CSV (Shift_JIS)</translation>
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
            <translation>Benchmark Email</translation>
        </message>
        <message>
            <source>blastmail</source>
            <translation>blastmail</translation>
        </message>
        <message>
            <source>listmonk</source>
            <translation>listmonk</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Unsubscribed</translation>
        </message>
        <message>
            <source>Complaint (marked as spam)</source>
            <translation>Complaint (marked as spam)</translation>
        </message>
        <message>
            <source>Hard bounce (the address does not exist)</source>
            <translation>Hard bounce (the address does not exist)</translation>
        </message>
        <message>
            <source>Soft bounce (counted only)</source>
            <translation>Soft bounce (counted only)</translation>
        </message>
        <message>
            <source>Still subscribed (no change)</source>
            <translation>Still subscribed (no change)</translation>
        </message>
        <message>
            <source>Row without a usable address</source>
            <translation>Row without a usable address</translation>
        </message>
        <message>
            <source>Mailchimp export</source>
            <translation>Mailchimp export</translation>
        </message>
        <message>
            <source>SendGrid suppression list</source>
            <translation>SendGrid suppression list</translation>
        </message>
        <message>
            <source>Brevo blocklist</source>
            <translation>Brevo blocklist</translation>
        </message>
        <message>
            <source>Benchmark Email unsubscribe or bounce list</source>
            <translation>Benchmark Email unsubscribe or bounce list</translation>
        </message>
        <message>
            <source>blastmail reader list</source>
            <translation>blastmail reader list</translation>
        </message>
        <message>
            <source>listmonk subscriber export</source>
            <translation>listmonk subscriber export</translation>
        </message>
        <message>
            <source>A plain list of addresses</source>
            <translation>A plain list of addresses</translation>
        </message>
    </context>
    <context>
        <name>MailSync</name>
        <message>
            <source>The unsubscribes and bounces have not been imported from the mail service since the last send list was exported.</source>
            <translation>The unsubscribes and bounces have not been imported from the mail service since the last send list was exported.</translation>
        </message>
        <message>
            <source>The last import from the mail service is more than %1 days old.</source>
            <translation>The last import from the mail service is more than %1 days old.</translation>
        </message>
        <message>
            <source>Give a reason for exporting without importing from the mail service first.</source>
            <translation>Give a reason for exporting without importing from the mail service first.</translation>
        </message>
        <message>
            <source>The reason contains an invalid character.</source>
            <translation>The reason contains an invalid character.</translation>
        </message>
        <message>
            <source>The reason is too long (at most %1 characters).</source>
            <translation>The reason is too long (at most %1 characters).</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Phone entry</source>
            <translation>Phone entry</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Unsubscribe</source>
            <translation>Unsubscribe</translation>
        </message>
        <message>
            <source>Posts</source>
            <translation>Posts</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Administration</source>
            <translation>Administration</translation>
        </message>
        <message>
            <source>Madoguchi — %1</source>
            <translation>Madoguchi — %1</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Madoguchi</source>
            <translation>Madoguchi</translation>
        </message>
        <message>
            <source>&amp;User</source>
            <translation>&amp;User</translation>
        </message>
        <message>
            <source>Change password…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <source>Lock</source>
            <translation>Lock</translation>
        </message>
        <message>
            <source>Log out</source>
            <translation>Log out</translation>
        </message>
        <message>
            <source>Report a violation…</source>
            <translation>Report a violation…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>About Madoguchi</source>
            <translation>About Madoguchi</translation>
        </message>
        <message>
            <source>Locked</source>
            <translation>Locked</translation>
        </message>
        <message>
            <source>Office: %1 (on the office server) | User: %2 | Role: %3</source>
            <translation>Office: %1 (on the office server) | User: %2 | Role: %3</translation>
        </message>
        <message>
            <source>Office: %1 | User: %2 | Role: %3</source>
            <translation>Office: %1 | User: %2 | Role: %3</translation>
        </message>
    </context>
    <context>
        <name>MediaRow</name>
        <message>
            <source>File name or short description</source>
            <translation>File name or short description</translation>
        </message>
        <message>
            <source>People can be identified</source>
            <translation>People can be identified</translation>
        </message>
        <message>
            <source>Their portrait consent was obtained</source>
            <translation>Their portrait consent was obtained</translation>
        </message>
        <message>
            <source>Contains someone else's work</source>
            <translation>Contains someone else's work</translation>
        </message>
        <message>
            <source>Text, pictures, music, logos or characters made by someone else</source>
            <translation>Text, pictures, music, logos or characters made by someone else</translation>
        </message>
        <message>
            <source>Personal information is visible</source>
            <translation>Personal information is visible</translation>
        </message>
        <message>
            <source>Name tags, addresses, screens, number plates</source>
            <translation>Name tags, addresses, screens, number plates</translation>
        </message>
        <message>
            <source>Permission to use it was obtained</source>
            <translation>Permission to use it was obtained</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
    </context>
    <context>
        <name>MyPostsModel</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
    </context>
    <context>
        <name>NewPasswordInput</name>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Repeat password:</source>
            <translation>Repeat password:</translation>
        </message>
        <message>
            <source>At least 8 characters; 15 or more is better. A short sentence works well.</source>
            <translation>At least 8 characters; 15 or more is better. A short sentence works well.</translation>
        </message>
        <message>
            <source>Strength: %1. The two passwords do not match yet.</source>
            <translation>Strength: %1. The two passwords do not match yet.</translation>
        </message>
        <message>
            <source>Strength: %1.</source>
            <translation>Strength: %1.</translation>
        </message>
    </context>
    <context>
        <name>NewRequestDialog</name>
        <message>
            <source>New rights request</source>
            <translation>New rights request</translation>
        </message>
        <message>
            <source>e.g. the person (by phone), or a reference number</source>
            <translation>e.g. the person (by phone), or a reference number</translation>
        </message>
        <message>
            <source>How the identity was checked</source>
            <translation>How the identity was checked</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Requester:</source>
            <translation>Requester:</translation>
        </message>
        <message>
            <source>E-mail address concerned:</source>
            <translation>E-mail address concerned:</translation>
        </message>
        <message>
            <source>Identity check:</source>
            <translation>Identity check:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>The due date is set 10 business days after the date received; change it in the ledger if needed.</source>
            <translation>The due date is set 10 business days after the date received; change it in the ledger if needed.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation>Display name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Initial password (the user must change it at the first login):</source>
            <translation>Initial password (the user must change it at the first login):</translation>
        </message>
    </context>
    <context>
        <name>NotAvailablePage</name>
        <message>
            <source>This area is not available yet in this version of Madoguchi.</source>
            <translation>This area is not available yet in this version of Madoguchi.</translation>
        </message>
    </context>
    <context>
        <name>Notifications</name>
        <message>
            <source>Waiting times must be 1 to 30 business days.</source>
            <translation>Waiting times must be 1 to 30 business days.</translation>
        </message>
        <message>
            <source>The escalation time must be longer than the waiting time.</source>
            <translation>The escalation time must be longer than the waiting time.</translation>
        </message>
        <message>
            <source>(no text)</source>
            <translation>(no text)</translation>
        </message>
        <message>
            <source>Your post “%1” was approved by %2 (%3).</source>
            <translation>Your post “%1” was approved by %2 (%3).</translation>
        </message>
        <message>
            <source>Your post “%1” was sent back for changes by %2 (%3). Open Posts to see why.</source>
            <translation>Your post “%1” was sent back for changes by %2 (%3). Open Posts to see why.</translation>
        </message>
        <message>
            <source>Your post “%1” was rejected by %2 (%3).</source>
            <translation>Your post “%1” was rejected by %2 (%3).</translation>
        </message>
        <message>
            <source>Escalated: the post “%1” by %2 has waited %3 business days for approval. Make sure someone reviews it.</source>
            <translation>Escalated: the post “%1” by %2 has waited %3 business days for approval. Make sure someone reviews it.</translation>
        </message>
        <message>
            <source>The post “%1” by %2 has waited %3 business days for approval.</source>
            <translation>The post “%1” by %2 has waited %3 business days for approval.</translation>
        </message>
        <message>
            <source>Notifications…</source>
            <translation>Notifications…</translation>
        </message>
        <message>
            <source>You have %1 new notification(s).</source>
            <translation>You have %1 new notification(s).</translation>
        </message>
    </context>
    <context>
        <name>NotificationsButton</name>
        <message>
            <source>Notifications %1</source>
            <translation>Notifications %1</translation>
        </message>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
    </context>
    <context>
        <name>NotificationsDialog</name>
        <message>
            <source>Notifications</source>
            <translation>Notifications</translation>
        </message>
        <message>
            <source>Mark as read</source>
            <translation>Mark as read</translation>
        </message>
        <message>
            <source>Mark all as read</source>
            <translation>Mark all as read</translation>
        </message>
        <message>
            <source>Nothing new.</source>
            <translation>Nothing new.</translation>
        </message>
        <message>
            <source>Waiting times for approval</source>
            <translation>Waiting times for approval</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> business days</translation>
        </message>
        <message>
            <source>Tell the approvers after</source>
            <translation>Tell the approvers after</translation>
        </message>
        <message>
            <source>Escalate after</source>
            <translation>Escalate after</translation>
        </message>
        <message>
            <source>Escalation approvers</source>
            <translation>Escalation approvers</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Save waiting times</source>
            <translation>Save waiting times</translation>
        </message>
        <message>
            <source>Tell the approvers after:</source>
            <translation>Tell the approvers after:</translation>
        </message>
        <message>
            <source>Escalate after:</source>
            <translation>Escalate after:</translation>
        </message>
        <message>
            <source>Escalate to (none ticked: every administrator):</source>
            <translation>Escalate to (none ticked: every administrator):</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
    </context>
    <context>
        <name>Office</name>
        <message>
            <source>Enter the office name (at most 200 characters).</source>
            <translation>Enter the office name (at most 200 characters).</translation>
        </message>
        <message>
            <source>Enter how to reach the privacy officer (at most 200 characters).</source>
            <translation>Enter how to reach the privacy officer (at most 200 characters).</translation>
        </message>
        <message>
            <source>Enter the username of an active administrator of this office.</source>
            <translation>Enter the username of an active administrator of this office.</translation>
        </message>
    </context>
    <context>
        <name>OfficeSettings</name>
        <message>
            <source>Sender name</source>
            <translation>Sender name</translation>
        </message>
        <message>
            <source>Sender's postal address</source>
            <translation>Sender's postal address</translation>
        </message>
        <message>
            <source>Opt-out e-mail address or URL</source>
            <translation>Opt-out e-mail address or URL</translation>
        </message>
        <message>
            <source>Statement that the reader can opt out</source>
            <translation>Statement that the reader can opt out</translation>
        </message>
        <message>
            <source>Contact for complaints and inquiries</source>
            <translation>Contact for complaints and inquiries</translation>
        </message>
        <message>
            <source>%1 contains an invalid character.</source>
            <translation>%1 contains an invalid character.</translation>
        </message>
        <message>
            <source>Fill in %1.</source>
            <translation>Fill in %1.</translation>
        </message>
        <message>
            <source>%1 is too long (at most %2 characters).</source>
            <translation>%1 is too long (at most %2 characters).</translation>
        </message>
        <message>
            <source>The auto-lock time must be 1 to 120 minutes.</source>
            <translation>The auto-lock time must be 1 to 120 minutes.</translation>
        </message>
        <message>
            <source>The unsubscribe deadline must be 1 to 30 business days.</source>
            <translation>The unsubscribe deadline must be 1 to 30 business days.</translation>
        </message>
        <message>
            <source>Most rows in one imported file</source>
            <extracomment>How the settings screen and its messages name each limit (translatable, context "OfficeSettings").</extracomment>
            <translation>Most rows in one imported file</translation>
        </message>
        <message>
            <source>Largest Excel file, unpacked (MB)</source>
            <translation>Largest Excel file, unpacked (MB)</translation>
        </message>
        <message>
            <source>Highest packing ratio of an Excel file</source>
            <translation>Highest packing ratio of an Excel file</translation>
        </message>
        <message>
            <source>Most different texts in an Excel file</source>
            <translation>Most different texts in an Excel file</translation>
        </message>
        <message>
            <source>Longest line of a CSV file (characters)</source>
            <translation>Longest line of a CSV file (characters)</translation>
        </message>
        <message>
            <source>The most rows in one imported file must be a whole number from %1 to %2.</source>
            <extracomment>The message for a limit out of its range: a whole sentence per limit, the range as %1 and %2.</extracomment>
            <translation>The most rows in one imported file must be a whole number from %1 to %2.</translation>
        </message>
        <message>
            <source>The largest unpacked size of an Excel file must be from %1 to %2 MB.</source>
            <translation>The largest unpacked size of an Excel file must be from %1 to %2 MB.</translation>
        </message>
        <message>
            <source>The highest packing ratio of an Excel file must be from %1 to %2.</source>
            <translation>The highest packing ratio of an Excel file must be from %1 to %2.</translation>
        </message>
        <message>
            <source>The most different texts in an Excel file must be a whole number from %1 to %2.</source>
            <translation>The most different texts in an Excel file must be a whole number from %1 to %2.</translation>
        </message>
        <message>
            <source>The longest line of a CSV file must be from %1 to %2 characters.</source>
            <translation>The longest line of a CSV file must be from %1 to %2 characters.</translation>
        </message>
        <message>
            <source>The import from the mail service may be at most 1 to 90 days old.</source>
            <translation>The import from the mail service may be at most 1 to 90 days old.</translation>
        </message>
        <message>
            <source>Office name</source>
            <translation>Office name</translation>
        </message>
        <message>
            <source>Privacy officer</source>
            <translation>Privacy officer</translation>
        </message>
        <message>
            <source>Privacy officer's contact</source>
            <translation>Privacy officer's contact</translation>
        </message>
    </context>
    <context>
        <name>Outcome</name>
        <message>
            <source>Consent obtained</source>
            <translation>Consent obtained</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
    </context>
    <context>
        <name>PasswordLineEdit</name>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Show or hide the password</source>
            <translation>Show or hide the password</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>Hide</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attempts</source>
            <translation>Attempts</translation>
        </message>
        <message>
            <source>Best score</source>
            <translation>Best score</translation>
        </message>
        <message>
            <source>Passed on</source>
            <translation>Passed on</translation>
        </message>
        <message>
            <source>%1 (deactivated)</source>
            <translation>%1 (deactivated)</translation>
        </message>
        <message>
            <source>%1 / %2 (%3)</source>
            <translation>%1 / %2 (%3)</translation>
        </message>
    </context>
    <context>
        <name>PhonePage</name>
        <message>
            <source>Script versions…</source>
            <translation>Script versions…</translation>
        </message>
        <message>
            <source>Caller's language:</source>
            <translation>Caller's language:</translation>
        </message>
        <message>
            <source>Tick each paragraph (Space) once you have read it to the caller.</source>
            <translation>Tick each paragraph (Space) once you have read it to the caller.</translation>
        </message>
        <message>
            <source>E-mail address as the caller says it</source>
            <translation>E-mail address as the caller says it</translation>
        </message>
        <message>
            <source>e.g. the call-recording ID</source>
            <translation>e.g. the call-recording ID</translation>
        </message>
        <message>
            <source>&amp;Agreed</source>
            <translation>&amp;Agreed</translation>
        </message>
        <message>
            <source>&amp;Refused</source>
            <translation>&amp;Refused</translation>
        </message>
        <message>
            <source>Save (Ctrl+Enter)</source>
            <translation>Save (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Clear (Esc)</source>
            <translation>Clear (Esc)</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>&amp;Correct the selected entry…</source>
            <translation>&amp;Correct the selected entry…</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>E-mail address:</translation>
        </message>
        <message>
            <source>Read back:</source>
            <translation>Read back:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Furigana:</source>
            <translation>Furigana:</translation>
        </message>
        <message>
            <source>Memo:</source>
            <translation>Memo:</translation>
        </message>
        <message>
            <source>Call recording:</source>
            <translation>Call recording:</translation>
        </message>
        <message>
            <source>Today's entries</source>
            <translation>Today's entries</translation>
        </message>
        <message>
            <source>Read to the caller</source>
            <translation>Read to the caller</translation>
        </message>
        <message>
            <source>Voided</source>
            <translation>Voided</translation>
        </message>
        <message>
            <source>Correction of #%1</source>
            <translation>Correction of #%1</translation>
        </message>
        <message>
            <source>Re-joined</source>
            <translation>Re-joined</translation>
        </message>
        <message>
            <source>(corrected)</source>
            <translation>(corrected)</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>Will be saved as: %1</source>
            <translation>Will be saved as: %1</translation>
        </message>
        <message>
            <source>Did you mean %1? (Alt+S)</source>
            <translation>Did you mean %1? (Alt+S)</translation>
        </message>
        <message>
            <source>This address was deleted at the person's request. It can be added again only with a new, explicit agreement now.</source>
            <translation>This address was deleted at the person's request. It can be added again only with a new, explicit agreement now.</translation>
        </message>
        <message>
            <source>Known address: %1 — %2</source>
            <translation>Known address: %1 — %2</translation>
        </message>
        <message>
            <source>Same mailbox as the address on record: %1 (the provider ignores dots and +tags). The entry is saved to that record.</source>
            <translation>Same mailbox as the address on record: %1 (the provider ignores dots and +tags). The entry is saved to that record.</translation>
        </message>
        <message>
            <source>Name on record: %1</source>
            <translation>Name on record: %1</translation>
        </message>
        <message>
            <source>This address refused or unsubscribed earlier. It joins the send list again only if the caller now agrees explicitly.</source>
            <translation>This address refused or unsubscribed earlier. It joins the send list again only if the caller now agrees explicitly.</translation>
        </message>
        <message>
            <source>&amp;Yearly review…</source>
            <translation>&amp;Yearly review…</translation>
        </message>
        <message>
            <source>Phone entry: save the entry</source>
            <translation>Phone entry: save the entry</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Not reviewed for over a year: %1. Check them and record the review (Yearly review…).</source>
            <translation>Not reviewed for over a year: %1. Check them and record the review (Yearly review…).</translation>
        </message>
        <message>
            <source>Not reviewed for over a year: %1. Ask a manager to check them and record the review.</source>
            <translation>Not reviewed for over a year: %1. Ask a manager to check them and record the review.</translation>
        </message>
        <message>
            <source>Agreed is possible once every paragraph is ticked as read.</source>
            <translation>Agreed is possible once every paragraph is ticked as read.</translation>
        </message>
        <message>
            <source>Agreed now puts the address back on the send list.</source>
            <translation>Agreed now puts the address back on the send list.</translation>
        </message>
        <message>
            <source>Choose whether the caller agreed or refused.</source>
            <translation>Choose whether the caller agreed or refused.</translation>
        </message>
        <message>
            <source>Saved: %1 agreed again and is back on the send list.</source>
            <translation>Saved: %1 agreed again and is back on the send list.</translation>
        </message>
        <message>
            <source>Saved: %1 agreed and is on the send list.</source>
            <translation>Saved: %1 agreed and is on the send list.</translation>
        </message>
        <message>
            <source>Saved: %1 agreed, but is not on the send list: %2</source>
            <translation>Saved: %1 agreed, but is not on the send list: %2</translation>
        </message>
        <message>
            <source>Saved: %1 refused and has left the send list.</source>
            <translation>Saved: %1 refused and has left the send list.</translation>
        </message>
        <message>
            <source>Saved: %1 refused; no e-mail will be sent to it.</source>
            <translation>Saved: %1 refused; no e-mail will be sent to it.</translation>
        </message>
        <message>
            <source>Select the entry to correct in the list of today's entries.</source>
            <translation>Select the entry to correct in the list of today's entries.</translation>
        </message>
        <message>
            <source>This entry has already been corrected. Correct the latest correction.</source>
            <translation>This entry has already been corrected. Correct the latest correction.</translation>
        </message>
        <message>
            <source>Correction saved. The address is now: %1.</source>
            <translation>Correction saved. The address is now: %1.</translation>
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
            <translation>X (Twitter)</translation>
        </message>
        <message>
            <source>YouTube</source>
            <translation>YouTube</translation>
        </message>
        <message>
            <source>Blog</source>
            <translation>Blog</translation>
        </message>
        <message>
            <source>Homepage</source>
            <translation>Homepage</translation>
        </message>
        <message>
            <source>characters</source>
            <translation>characters</translation>
        </message>
        <message>
            <source>weighted characters (Japanese counts 2, a link 23)</source>
            <translation>weighted characters (Japanese counts 2, a link 23)</translation>
        </message>
        <message>
            <source>bytes (a Japanese character takes 3)</source>
            <translation>bytes (a Japanese character takes 3)</translation>
        </message>
    </context>
    <context>
        <name>Posts</name>
        <message>
            <source>Flaming (a flood of criticism)</source>
            <translation>Flaming (a flood of criticism)</translation>
        </message>
        <message>
            <source>Impersonation</source>
            <translation>Impersonation</translation>
        </message>
        <message>
            <source>False post about the office</source>
            <translation>False post about the office</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>A contact detail may be at most %1 characters long.</source>
            <translation>A contact detail may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>Choose the platform of the account.</source>
            <translation>Choose the platform of the account.</translation>
        </message>
        <message>
            <source>Enter the account name (at most %1 characters).</source>
            <translation>Enter the account name (at most %1 characters).</translation>
        </message>
        <message>
            <source>Enter the address of the account as https://…, or leave it empty.</source>
            <translation>Enter the address of the account as https://…, or leave it empty.</translation>
        </message>
        <message>
            <source>Choose the kind of scope (a, b, c or d).</source>
            <translation>Choose the kind of scope (a, b, c or d).</translation>
        </message>
        <message>
            <source>Choose at least one account the scope covers.</source>
            <translation>Choose at least one account the scope covers.</translation>
        </message>
        <message>
            <source>A scope can only be granted to active users.</source>
            <translation>A scope can only be granted to active users.</translation>
        </message>
        <message>
            <source>Unknown role.</source>
            <translation>Unknown role.</translation>
        </message>
        <message>
            <source>Grant the scope to at least one user or role.</source>
            <translation>Grant the scope to at least one user or role.</translation>
        </message>
        <message>
            <source>The scope cannot end before it starts.</source>
            <translation>The scope cannot end before it starts.</translation>
        </message>
        <message>
            <source>The conditions or the evidence text are too long.</source>
            <translation>The conditions or the evidence text are too long.</translation>
        </message>
        <message>
            <source>A revoked scope cannot be changed. Grant a new one.</source>
            <translation>A revoked scope cannot be changed. Grant a new one.</translation>
        </message>
        <message>
            <source>Choose the account to post on.</source>
            <translation>Choose the account to post on.</translation>
        </message>
        <message>
            <source>The post is empty. Write the text of the post.</source>
            <translation>The post is empty. Write the text of the post.</translation>
        </message>
        <message>
            <source>The text is too long to keep (at most %1 characters).</source>
            <translation>The text is too long to keep (at most %1 characters).</translation>
        </message>
        <message>
            <source>A post may carry at most %1 links.</source>
            <translation>A post may carry at most %1 links.</translation>
        </message>
        <message>
            <source>Link %1 is not a web address. Enter it as https://… (one address per line).</source>
            <translation>Link %1 is not a web address. Enter it as https://… (one address per line).</translation>
        </message>
        <message>
            <source>A post may list at most %1 photos or videos.</source>
            <translation>A post may list at most %1 photos or videos.</translation>
        </message>
        <message>
            <source>Give photo or video %1 a short description or file name (at most %2 characters).</source>
            <translation>Give photo or video %1 a short description or file name (at most %2 characters).</translation>
        </message>
        <message>
            <source>The evidence may be at most %1 characters long.</source>
            <translation>The evidence may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>Only the author can change a post.</source>
            <translation>Only the author can change a post.</translation>
        </message>
        <message>
            <source>This post can no longer be changed. A published post is corrected with a correction note; a rejected post stays as it is.</source>
            <translation>This post can no longer be changed. A published post is corrected with a correction note; a rejected post stays as it is.</translation>
        </message>
        <message>
            <source>Confirm the guideline's self-check: the changed post goes to a reviewer again.</source>
            <translation>Confirm the guideline's self-check: the changed post goes to a reviewer again.</translation>
        </message>
        <message>
            <source>Only the author can submit a post.</source>
            <translation>Only the author can submit a post.</translation>
        </message>
        <message>
            <source>Only a draft, or a post with requested changes, can be submitted.</source>
            <translation>Only a draft, or a post with requested changes, can be submitted.</translation>
        </message>
        <message>
            <source>Confirm the guideline's self-check before submitting.</source>
            <translation>Confirm the guideline's self-check before submitting.</translation>
        </message>
        <message>
            <source>Only an approved post can be recorded as published.</source>
            <translation>Only an approved post can be recorded as published.</translation>
        </message>
        <message>
            <source>The scope that approved this post has been revoked or has expired. Submit it again so that a reviewer can approve it.</source>
            <translation>The scope that approved this post has been revoked or has expired. Submit it again so that a reviewer can approve it.</translation>
        </message>
        <message>
            <source>Enter the address of the published post as https://…</source>
            <translation>Enter the address of the published post as https://…</translation>
        </message>
        <message>
            <source>Enter the time of publication.</source>
            <translation>Enter the time of publication.</translation>
        </message>
        <message>
            <source>The time of publication cannot be in the future.</source>
            <translation>The time of publication cannot be in the future.</translation>
        </message>
        <message>
            <source>Corrections are recorded for published posts.</source>
            <translation>Corrections are recorded for published posts.</translation>
        </message>
        <message>
            <source>Write what was wrong and how it was corrected.</source>
            <translation>Write what was wrong and how it was corrected.</translation>
        </message>
        <message>
            <source>The text may be at most %1 characters long.</source>
            <translation>The text may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>Choose the kind of incident.</source>
            <translation>Choose the kind of incident.</translation>
        </message>
        <message>
            <source>Choose the status of the incident.</source>
            <translation>Choose the status of the incident.</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>Describe what happened.</translation>
        </message>
        <message>
            <source>The platform reference may be at most %1 characters long.</source>
            <translation>The platform reference may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>The screening found a serious issue that contradicts your self-check. Either change the post, or write why the post is acceptable all the same; a reviewer will read it.</source>
            <translation>The screening found a serious issue that contradicts your self-check. Either change the post, or write why the post is acceptable all the same; a reviewer will read it.</translation>
        </message>
        <message>
            <source>The explanation may be at most %1 characters long.</source>
            <translation>The explanation may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>A post within a scope goes out without approval only when approval cannot be obtained. Choose why approval cannot be obtained, or choose no scope so that a manager approves the post.</source>
            <translation>A post within a scope goes out without approval only when approval cannot be obtained. Choose why approval cannot be obtained, or choose no scope so that a manager approves the post.</translation>
        </message>
        <message>
            <source>Write in a few words why approval cannot be obtained (who is absent, or why it cannot wait).</source>
            <translation>Write in a few words why approval cannot be obtained (who is absent, or why it cannot wait).</translation>
        </message>
        <message>
            <source>Choose the kind of record.</source>
            <translation>Choose the kind of record.</translation>
        </message>
        <message>
            <source>Give the record a title (at most %1 characters).</source>
            <translation>Give the record a title (at most %1 characters).</translation>
        </message>
        <message>
            <source>Enter the address as https://…</source>
            <translation>Enter the address as https://…</translation>
        </message>
        <message>
            <source>Give the date of the event.</source>
            <translation>Give the date of the event.</translation>
        </message>
        <message>
            <source>A published page needs its address on the organisation's own site.</source>
            <translation>A published page needs its address on the organisation's own site.</translation>
        </message>
        <message>
            <source>Give the date of the document's version or its address, so it can be found.</source>
            <translation>Give the date of the document's version or its address, so it can be found.</translation>
        </message>
        <message>
            <source>This record has already been retired.</source>
            <translation>This record has already been retired.</translation>
        </message>
        <message>
            <source>Only a rejected post or one sent back for changes can be copied.</source>
            <extracomment>The posts a new draft may start from: closed (rejected) or sent back for changes.</extracomment>
            <translation>Only a rejected post or one sent back for changes can be copied.</translation>
        </message>
    </context>
    <context>
        <name>PostsPage</name>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Link %1</source>
            <translation>Link %1</translation>
        </message>
        <message>
            <source>Photo or video: %1</source>
            <translation>Photo or video: %1</translation>
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
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>%1: %2 The guideline says: "%3"</source>
            <translation>%1: %2 The guideline says: "%3"</translation>
        </message>
        <message>
            <source>No findings. Check the post yourself all the same.</source>
            <translation>No findings. Check the post yourself all the same.</translation>
        </message>
        <message>
            <source>My posts</source>
            <translation>My posts</translation>
        </message>
        <message>
            <source>Account:</source>
            <translation>Account:</translation>
        </message>
        <message>
            <source>Text:</source>
            <translation>Text:</translation>
        </message>
        <message>
            <source>Links (one address per line):</source>
            <translation>Links (one address per line):</translation>
        </message>
        <message>
            <source>Photos and video (check each one)</source>
            <translation>Photos and video (check each one)</translation>
        </message>
        <message>
            <source>Add photo or video</source>
            <translation>Add photo or video</translation>
        </message>
        <message>
            <source>Pre-approved scope (optional)</source>
            <translation>Pre-approved scope (optional)</translation>
        </message>
        <message>
            <source>Scope:</source>
            <translation>Scope:</translation>
        </message>
        <message>
            <source>Record:</source>
            <translation>Record:</translation>
        </message>
        <message>
            <source>Evidence:</source>
            <translation>Evidence:</translation>
        </message>
        <message>
            <source>Screening findings</source>
            <translation>Screening findings</translation>
        </message>
        <message>
            <source>Marked in the text: red needs a reviewer, orange needs a careful look. Click a finding to select its text.</source>
            <translation>Marked in the text: red needs a reviewer, orange needs a careful look. Click a finding to select its text.</translation>
        </message>
        <message>
            <source>Self-check of the social-media guideline</source>
            <translation>Self-check of the social-media guideline</translation>
        </message>
        <message>
            <source>Before you submit, confirm each point:</source>
            <translation>Before you submit, confirm each point:</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>Rule: %1</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Submit</source>
            <translation>Submit</translation>
        </message>
        <message>
            <source>Publication</source>
            <translation>Publication</translation>
        </message>
        <message>
            <source>After publishing the post on the platform, record its address and time.</source>
            <translation>After publishing the post on the platform, record its address and time.</translation>
        </message>
        <message>
            <source>Record publication</source>
            <translation>Record publication</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Published at:</source>
            <translation>Published at:</translation>
        </message>
        <message>
            <source>Corrections</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <source>A mistake is corrected, never deleted: post the correction on the platform and record it here.</source>
            <translation>A mistake is corrected, never deleted: post the correction on the platform and record it here.</translation>
        </message>
        <message>
            <source>Add correction</source>
            <translation>Add correction</translation>
        </message>
        <message>
            <source>%1 — %2: %3</source>
            <translation>%1 — %2: %3</translation>
        </message>
        <message>
            <source>New post. Write it, check the findings and the self-check, then submit it for approval.</source>
            <translation>New post. Write it, check the findings and the self-check, then submit it for approval.</translation>
        </message>
        <message>
            <source>Post %1, version %2: %3</source>
            <translation>Post %1, version %2: %3</translation>
        </message>
        <message>
            <source>%1 asked for changes: %2</source>
            <translation>%1 asked for changes: %2</translation>
        </message>
        <message>
            <source>%1 rejected it: %2</source>
            <translation>%1 rejected it: %2</translation>
        </message>
        <message>
            <source>Approved within pre-approved scope %1. You may publish it.</source>
            <translation>Approved within pre-approved scope %1. You may publish it.</translation>
        </message>
        <message>
            <source>Approved by %1. You may publish it.</source>
            <translation>Approved by %1. You may publish it.</translation>
        </message>
        <message>
            <source>No one else can approve this post yet: a post needs the approval of a manager or an appointed responsible person other than its author. Ask the administrator to appoint a responsible person for posts; the post waits until then.</source>
            <translation>No one else can approve this post yet: a post needs the approval of a manager or an appointed responsible person other than its author. Ask the administrator to appoint a responsible person for posts; the post waits until then.</translation>
        </message>
        <message>
            <source>A manager or an appointed responsible person will review it.</source>
            <translation>A manager or an appointed responsible person will review it.</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. Add the office's accounts under Approval → Accounts.</source>
            <translation>No SNS account is set up yet. Add the office's accounts under Approval → Accounts.</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. A manager adds the office's accounts under Approval → Accounts, a page managers have. If the office has no manager yet, create one under Administration → Users.</source>
            <translation>No SNS account is set up yet. A manager adds the office's accounts under Approval → Accounts, a page managers have. If the office has no manager yet, create one under Administration → Users.</translation>
        </message>
        <message>
            <source>No SNS account is set up yet. Ask a manager to add the office's accounts.</source>
            <translation>No SNS account is set up yet. Ask a manager to add the office's accounts.</translation>
        </message>
        <message>
            <source>Published at %1: %2</source>
            <translation>Published at %1: %2</translation>
        </message>
        <message>
            <source>Changing it sends it (back) to a reviewer.</source>
            <translation>Changing it sends it (back) to a reviewer.</translation>
        </message>
        <message>
            <source>Submit for approval</source>
            <translation>Submit for approval</translation>
        </message>
        <message>
            <source>Submit the changes for approval</source>
            <translation>Submit the changes for approval</translation>
        </message>
        <message>
            <source>No scope: a manager approves the post</source>
            <translation>No scope: a manager approves the post</translation>
        </message>
        <message>
            <source>%1 — scope %2</source>
            <translation>%1 — scope %2</translation>
        </message>
        <message>
            <source>Choose from the managers' records…</source>
            <translation>Choose from the managers' records…</translation>
        </message>
        <message>
            <source>Without a scope every post is reviewed by a manager.</source>
            <translation>Without a scope every post is reviewed by a manager.</translation>
        </message>
        <message>
            <source>Valid %1 to %2.</source>
            <translation>Valid %1 to %2.</translation>
        </message>
        <message>
            <source>Conditions: %1
%2 Evidence needed: %3</source>
            <translation>Conditions: %1
%2 Evidence needed: %3</translation>
        </message>
        <message>
            <source>%1 %2 (%3 has no limit)</source>
            <translation>%1 %2 (%3 has no limit)</translation>
        </message>
        <message>
            <source>%1 / %2 %3 — %4 over the limit of %5</source>
            <translation>%1 / %2 %3 — %4 over the limit of %5</translation>
        </message>
        <message>
            <source>%1 / %2 %3 (%4)</source>
            <translation>%1 / %2 %3 (%4)</translation>
        </message>
        <message>
            <source>Saved as version %1.</source>
            <translation>Saved as version %1.</translation>
        </message>
        <message>
            <source>Confirm each point of the self-check before submitting.</source>
            <translation>Confirm each point of the self-check before submitting.</translation>
        </message>
        <message>
            <source>Approved within pre-approved scope %1. You may publish it now, then record the address here.</source>
            <translation>Approved within pre-approved scope %1. You may publish it now, then record the address here.</translation>
        </message>
        <message>
            <source>Sent for approval. A manager will review it.
%1</source>
            <translation>Sent for approval. A manager will review it.
%1</translation>
        </message>
        <message>
            <source>The publication is recorded.</source>
            <translation>The publication is recorded.</translation>
        </message>
        <message>
            <source>The correction is recorded with the post.</source>
            <translation>The correction is recorded with the post.</translation>
        </message>
        <message>
            <source>The screening contradicts your self-check</source>
            <translation>The screening contradicts your self-check</translation>
        </message>
        <message>
            <source>Why the post is acceptable all the same (a reviewer reads this)</source>
            <translation>Why the post is acceptable all the same (a reviewer reads this)</translation>
        </message>
        <message>
            <source>Why approval cannot be obtained</source>
            <translation>Why approval cannot be obtained</translation>
        </message>
        <message>
            <source>The guideline allows a post within a pre-approved scope only when the approval of the department head or an appointed responsible person cannot be obtained. Managers see what you record here.</source>
            <translation>The guideline allows a post within a pre-approved scope only when the approval of the department head or an appointed responsible person cannot be obtained. Managers see what you record here.</translation>
        </message>
        <message>
            <source>Choose why…</source>
            <translation>Choose why…</translation>
        </message>
        <message>
            <source>Who is absent, or why the post cannot wait</source>
            <translation>Who is absent, or why the post cannot wait</translation>
        </message>
        <message>
            <source>A serious finding stands against: %1 Change the post, or write why it is acceptable.</source>
            <translation>A serious finding stands against: %1 Change the post, or write why it is acceptable.</translation>
        </message>
        <message>
            <source>Your unsaved text was kept and is back: save it as a draft or submit it.</source>
            <translation>Your unsaved text was kept and is back: save it as a draft or submit it.</translation>
        </message>
    </context>
    <context>
        <name>ProcessDialog</name>
        <message>
            <source>Process an unsubscribe request</source>
            <translation>Process an unsubscribe request</translation>
        </message>
        <message>
            <source>Received %1 by %2, due %3.</source>
            <translation>Received %1 by %2, due %3.</translation>
        </message>
        <message>
            <source>Memo: %1</source>
            <translation>Memo: %1</translation>
        </message>
        <message>
            <source>The address to stop:</source>
            <translation>The address to stop:</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Look in:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Files of &amp;type:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>Quarters</name>
        <message>
            <source>FY%1 Q%2</source>
            <translation>FY%1 Q%2</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Leave the quiz</translation>
        </message>
        <message>
            <source>Practice · question %1 of %2</source>
            <translation>Practice · question %1 of %2</translation>
        </message>
        <message>
            <source>Question %1 of %2</source>
            <translation>Question %1 of %2</translation>
        </message>
        <message>
            <source>Select all that apply.</source>
            <translation>Select all that apply.</translation>
        </message>
        <message>
            <source>Choose one answer.</source>
            <translation>Choose one answer.</translation>
        </message>
        <message>
            <source>Keys: 1–%1 or A–%2 tick a choice, Space ticks the focused one, Enter submits.</source>
            <translation>Keys: 1–%1 or A–%2 tick a choice, Space ticks the focused one, Enter submits.</translation>
        </message>
        <message>
            <source>Keys: 1–%1 or A–%2 choose, Enter submits.</source>
            <translation>Keys: 1–%1 or A–%2 choose, Enter submits.</translation>
        </message>
        <message>
            <source>Submit answer</source>
            <translation>Submit answer</translation>
        </message>
        <message>
            <source>Correct.</source>
            <translation>Correct.</translation>
        </message>
        <message>
            <source>Not correct.</source>
            <translation>Not correct.</translation>
        </message>
        <message>
            <source>See the result</source>
            <translation>See the result</translation>
        </message>
        <message>
            <source>Next question</source>
            <translation>Next question</translation>
        </message>
        <message>
            <source>Enter: continue.</source>
            <translation>Enter: continue.</translation>
        </message>
    </context>
    <context>
        <name>QueueTab</name>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Findings</source>
            <translation>Findings</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>Posts waiting for review</source>
            <translation>Posts waiting for review</translation>
        </message>
        <message>
            <source>Waiting for approval (oldest first)</source>
            <translation>Waiting for approval (oldest first)</translation>
        </message>
        <message>
            <source>This is your own post. Another manager or an appointed responsible person must review it.</source>
            <translation>This is your own post. Another manager or an appointed responsible person must review it.</translation>
        </message>
        <message>
            <source>Text of the post</source>
            <translation>Text of the post</translation>
        </message>
        <message>
            <source>Screening findings</source>
            <translation>Screening findings</translation>
        </message>
        <message>
            <source>Pre-approved scope and routing</source>
            <translation>Pre-approved scope and routing</translation>
        </message>
        <message>
            <source>Changes since the version last reviewed</source>
            <translation>Changes since the version last reviewed</translation>
        </message>
        <message>
            <source>Checklist: confirm before approving</source>
            <translation>Checklist: confirm before approving</translation>
        </message>
        <message>
            <source>Rule: %1</source>
            <translation>Rule: %1</translation>
        </message>
        <message>
            <source>Reason (required to reject or to ask for changes):</source>
            <translation>Reason (required to reject or to ask for changes):</translation>
        </message>
        <message>
            <source>Reason for the decision</source>
            <translation>Reason for the decision</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Request changes</source>
            <translation>Request changes</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Reject</translation>
        </message>
        <message>
            <source>%1 high, %2 medium</source>
            <translation>%1 high, %2 medium</translation>
        </message>
        <message>
            <source> (you)</source>
            <translation> (you)</translation>
        </message>
        <message>
            <source>(edited) %1</source>
            <translation>(edited) %1</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 posts waiting.</source>
            <translation>%1 posts waiting.</translation>
        </message>
        <message>
            <source>Choose a post in the queue.</source>
            <translation>Choose a post in the queue.</translation>
        </message>
        <message>
            <source>Post %1 on %2 by %3 — version %4, %5, waiting %6</source>
            <translation>Post %1 on %2 by %3 — version %4, %5, waiting %6</translation>
        </message>
        <message>
            <source>Link %1: %2</source>
            <translation>Link %1: %2</translation>
        </message>
        <message>
            <source>%1 (%2): people identifiable %3, consent %4; others' work %5, permission %6; personal information visible %7</source>
            <translation>%1 (%2): people identifiable %3, consent %4; others' work %5, permission %6; personal information visible %7</translation>
        </message>
        <message>
            <source>No links, photos or videos.</source>
            <translation>No links, photos or videos.</translation>
        </message>
        <message>
            <source>Why it is here: %1</source>
            <translation>Why it is here: %1</translation>
        </message>
        <message>
            <source>The author's explanation against the self-check: %1</source>
            <translation>The author's explanation against the self-check: %1</translation>
        </message>
        <message>
            <source>Changes since version %1, the version last reviewed</source>
            <translation>Changes since version %1, the version last reviewed</translation>
        </message>
        <message>
            <source>Links</source>
            <translation>Links</translation>
        </message>
        <message>
            <source>Photos and video</source>
            <translation>Photos and video</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <source>%1 changed: %2 → %3</source>
            <translation>%1 changed: %2 → %3</translation>
        </message>
        <message>
            <source>Version %1: %2 by %3, %4. %5</source>
            <translation>Version %1: %2 by %3, %4. %5</translation>
        </message>
        <message>
            <source>not confirmed</source>
            <translation>not confirmed</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>No pre-approved scope claimed: a manager's approval is needed.</source>
            <translation>No pre-approved scope claimed: a manager's approval is needed.</translation>
        </message>
        <message>
            <source>Claimed scope %1: %2</source>
            <translation>Claimed scope %1: %2</translation>
        </message>
        <message>
            <source>Conditions: %1</source>
            <translation>Conditions: %1</translation>
        </message>
        <message>
            <source>Evidence given: %1</source>
            <translation>Evidence given: %1</translation>
        </message>
        <message>
            <source>Record named: %1, %2 (%3)</source>
            <translation>Record named: %1, %2 (%3)</translation>
        </message>
        <message>
            <source>Post %1: %2.</source>
            <translation>Post %1: %2.</translation>
        </message>
    </context>
    <context>
        <name>QuizPanel</name>
        <message>
            <source>&amp;Start this quarter's quiz</source>
            <translation>&amp;Start this quarter's quiz</translation>
        </message>
        <message>
            <source>Practice</source>
            <translation>Practice</translation>
        </message>
        <message>
            <source>Practice uses the same questions and records nothing — good for new staff.</source>
            <translation>Practice uses the same questions and records nothing — good for new staff.</translation>
        </message>
        <message>
            <source>Quarterly training on personal data and social media</source>
            <translation>Quarterly training on personal data and social media</translation>
        </message>
        <message>
            <source>Last quarter's training (%1) was not completed.</source>
            <translation>Last quarter's training (%1) was not completed.</translation>
        </message>
        <message>
            <source>Explanations are shown after each answer.</source>
            <translation>Explanations are shown after each answer.</translation>
        </message>
        <message>
            <source>Explanations are shown at the end.</source>
            <translation>Explanations are shown at the end.</translation>
        </message>
        <message>
            <source>The quiz has %1 questions drawn from both rule books. You pass with %2 correct. You may retake it as often as you like; every attempt is kept. %3</source>
            <translation>The quiz has %1 questions drawn from both rule books. You pass with %2 correct. You may retake it as often as you like; every attempt is kept. %3</translation>
        </message>
        <message>
            <source>%1 (%2): %3 of %4 — %5</source>
            <translation>%1 (%2): %3 of %4 — %5</translation>
        </message>
        <message>
            <source>Not passed</source>
            <translation>Not passed</translation>
        </message>
        <message>
            <source>Your recent attempts:</source>
            <translation>Your recent attempts:</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Leave the practice? Nothing is recorded.</source>
            <translation>Leave the practice? Nothing is recorded.</translation>
        </message>
        <message>
            <source>Leave the quiz? An unfinished quiz is not recorded; you can start again.</source>
            <translation>Leave the quiz? An unfinished quiz is not recorded; you can start again.</translation>
        </message>
        <message>
            <source>Leave the quiz</source>
            <translation>Leave the quiz</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Correct</source>
            <translation>Correct</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Questions</translation>
        </message>
        <message>
            <source>Retake the quiz</source>
            <translation>Retake the quiz</translation>
        </message>
        <message>
            <source>Back to the overview</source>
            <translation>Back to the overview</translation>
        </message>
        <message>
            <source>By topic</source>
            <translation>By topic</translation>
        </message>
        <message>
            <source>Your answers, with explanations</source>
            <translation>Your answers, with explanations</translation>
        </message>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>%1 of %2 correct (%3). The pass mark is %4.</source>
            <translation>%1 of %2 correct (%3). The pass mark is %4.</translation>
        </message>
        <message>
            <source>This was a practice run: nothing was recorded.</source>
            <translation>This was a practice run: nothing was recorded.</translation>
        </message>
        <message>
            <source>Recorded for %1. This quarter's training is complete.</source>
            <translation>Recorded for %1. This quarter's training is complete.</translation>
        </message>
        <message>
            <source>Recorded for %1. You can retake the quiz; it counts once you pass.</source>
            <translation>Recorded for %1. You can retake the quiz; it counts once you pass.</translation>
        </message>
        <message>
            <source>Practise again</source>
            <translation>Practise again</translation>
        </message>
        <message>
            <source>Your answer: %1</source>
            <translation>Your answer: %1</translation>
        </message>
        <message>
            <source>Correct answer: %1</source>
            <translation>Correct answer: %1</translation>
        </message>
    </context>
    <context>
        <name>Reason</name>
        <message>
            <source>Eligible</source>
            <translation>Eligible</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
        <message>
            <source>Unsubscribed</source>
            <translation>Unsubscribed</translation>
        </message>
        <message>
            <source>No opt-in or notice</source>
            <translation>No opt-in or notice</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Invalid address</source>
            <translation>Invalid address</translation>
        </message>
        <message>
            <source>Unsubscribe requested (not yet processed)</source>
            <translation>Unsubscribe requested (not yet processed)</translation>
        </message>
        <message>
            <source>Same mailbox as an address that refused or unsubscribed</source>
            <translation>Same mailbox as an address that refused or unsubscribed</translation>
        </message>
        <message>
            <source>Address does not exist (bounced at the mail service)</source>
            <translation>Address does not exist (bounced at the mail service)</translation>
        </message>
        <message>
            <source>Complaint (marked as spam at the mail service)</source>
            <translation>Complaint (marked as spam at the mail service)</translation>
        </message>
    </context>
    <context>
        <name>RecordsTab</name>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Dated</source>
            <translation>Dated</translation>
        </message>
        <message>
            <source>https://… (required for a published page)</source>
            <translation>https://… (required for a published page)</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Title:</source>
            <translation>Title:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Add record</source>
            <translation>Add record</translation>
        </message>
        <message>
            <source>Retire the chosen record</source>
            <translation>Retire the chosen record</translation>
        </message>
        <message>
            <source>A post within a pre-approved scope names one of these records as its evidence, so a reviewer can check it: an event for (b), a procedure document for (c), a Q&amp;A entry for (d), a page already published on the organisation's own site for (a). Retire a record when it no longer holds.</source>
            <translation>A post within a pre-approved scope names one of these records as its evidence, so a reviewer can check it: an event for (b), a procedure document for (c), a Q&amp;A entry for (d), a page already published on the organisation's own site for (a). Retire a record when it no longer holds.</translation>
        </message>
        <message>
            <source>Retired</source>
            <translation>Retired</translation>
        </message>
        <message>
            <source>In use</source>
            <translation>In use</translation>
        </message>
        <message>
            <source>The record was added.</source>
            <translation>The record was added.</translation>
        </message>
        <message>
            <source>Choose a record in the list first.</source>
            <translation>Choose a record in the list first.</translation>
        </message>
        <message>
            <source>The record was retired.</source>
            <translation>The record was retired.</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover the office</source>
            <translation>Recover the office</translation>
        </message>
        <message>
            <source>Enter the recovery code that was shown when the office was created, the username of an administrator, and a new password for that administrator.</source>
            <translation>Enter the recovery code that was shown when the office was created, the username of an administrator, and a new password for that administrator.</translation>
        </message>
        <message>
            <source>Recovery code:</source>
            <translation>Recovery code:</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Administrator:</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
    </context>
    <context>
        <name>ReplaceConnectionDialog</name>
        <message>
            <source>New connection file</source>
            <translation>New connection file</translation>
        </message>
        <message>
            <source>Replace this computer's connection file</source>
            <translation>Replace this computer's connection file</translation>
        </message>
        <message>
            <source>The administrator has changed the office server's login, so this computer's connection file no longer works. Choose the new connection file the administrator gave you. It replaces the old one once the server accepts it; the office's data is not touched.</source>
            <translation>The administrator has changed the office server's login, so this computer's connection file no longer works. Choose the new connection file the administrator gave you. It replaces the old one once the server accepts it; the office's data is not touched.</translation>
        </message>
        <message>
            <source>Replace</source>
            <translation>Replace</translation>
        </message>
        <message>
            <source>Checking…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <source>The office server does not accept this connection file: it is an old one. Choose the newest connection file the administrator gave you, or ask the administrator for it.</source>
            <translation>The office server does not accept this connection file: it is an old one. Choose the newest connection file the administrator gave you, or ask the administrator for it.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Staff and their training</source>
            <translation>Staff and their training</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Topic</translation>
        </message>
        <message>
            <source>Wrong</source>
            <translation>Wrong</translation>
        </message>
        <message>
            <source>Quarter:</source>
            <translation>Quarter:</translation>
        </message>
        <message>
            <source>Completion by quarter</source>
            <translation>Completion by quarter</translation>
        </message>
        <message>
            <source>Questions most often answered wrongly</source>
            <translation>Questions most often answered wrongly</translation>
        </message>
        <message>
            <source>%1 (%2 – %3)</source>
            <translation>%1 (%2 – %3)</translation>
        </message>
        <message>
            <source>%1 of %2 passed · %3 attempted · %4 not started · %5 overdue</source>
            <translation>%1 of %2 passed · %3 attempted · %4 not started · %5 overdue</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 of %2</translation>
        </message>
    </context>
    <context>
        <name>ReportViolationDialog</name>
        <message>
            <source>Report a violation</source>
            <translation>Report a violation</translation>
        </message>
        <message>
            <source>Report at once anything that breaks the handling manual or may have let personal data leak: lost or misplaced data, mail or letters to the wrong person, unauthorised access, e-mail sent without consent. The report goes to the privacy officer, %1 (%2). Write what you know now; the privacy officer completes the rest.</source>
            <translation>Report at once anything that breaks the handling manual or may have let personal data leak: lost or misplaced data, mail or letters to the wrong person, unauthorised access, e-mail sent without consent. The report goes to the privacy officer, %1 (%2). Write what you know now; the privacy officer completes the rest.</translation>
        </message>
        <message>
            <source>What happened, which data and whose, and what has been done so far (e.g. asked the recipient to delete the mail).</source>
            <translation>What happened, which data and whose, and what has been done so far (e.g. asked the recipient to delete the mail).</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>What happened:</translation>
        </message>
        <message>
            <source>Details:</source>
            <translation>Details:</translation>
        </message>
        <message>
            <source>Noticed at:</source>
            <translation>Noticed at:</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>Happened at:</translation>
        </message>
        <message>
            <source>People affected:</source>
            <translation>People affected:</translation>
        </message>
        <message>
            <source>Data involved:</source>
            <translation>Data involved:</translation>
        </message>
        <message>
            <source>What is known:</source>
            <translation>What is known:</translation>
        </message>
        <message>
            <source>Tick only what you know. Times are Japan time.</source>
            <translation>Tick only what you know. Times are Japan time.</translation>
        </message>
        <message>
            <source>Send the report</source>
            <translation>Send the report</translation>
        </message>
        <message>
            <source>Report #%1 was sent to the privacy officer, %2.</source>
            <translation>Report #%1 was sent to the privacy officer, %2.</translation>
        </message>
        <message>
            <source>From what you entered, it may have to be reported to the Personal Information Protection Commission within a few days. Tell the privacy officer now as well: %1.</source>
            <translation>From what you entered, it may have to be reported to the Personal Information Protection Commission within a few days. Tell the privacy officer now as well: %1.</translation>
        </message>
        <message>
            <source>Report sent</source>
            <translation>Report sent</translation>
        </message>
    </context>
    <context>
        <name>Requests</name>
        <message>
            <source>Disclosure</source>
            <translation>Disclosure</translation>
        </message>
        <message>
            <source>Correction</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Deletion</source>
            <translation>Deletion</translation>
        </message>
        <message>
            <source>Stop of use</source>
            <translation>Stop of use</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>In progress</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Refused (with reasons)</source>
            <translation>Refused (with reasons)</translation>
        </message>
        <message>
            <source>Choose the kind of request.</source>
            <translation>Choose the kind of request.</translation>
        </message>
        <message>
            <source>Enter who made the request (a name or a reference, at most %1 characters).</source>
            <translation>Enter who made the request (a name or a reference, at most %1 characters).</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>The date received cannot be in the future.</translation>
        </message>
        <message>
            <source>The due date cannot be before the date received.</source>
            <translation>The due date cannot be before the date received.</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>The text is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>Choose a status.</source>
            <translation>Choose a status.</translation>
        </message>
        <message>
            <source>This request is closed.</source>
            <translation>This request is closed.</translation>
        </message>
        <message>
            <source>Describe the outcome before closing the request.</source>
            <translation>Describe the outcome before closing the request.</translation>
        </message>
        <message>
            <source>This action does not fit a request of this kind.</source>
            <translation>This action does not fit a request of this kind.</translation>
        </message>
        <message>
            <source>No contact with this address is held.</source>
            <translation>No contact with this address is held.</translation>
        </message>
        <message>
            <source>The request names no address.</source>
            <translation>The request names no address.</translation>
        </message>
    </context>
    <context>
        <name>RequestsPage</name>
        <message>
            <source>New request…</source>
            <translation>New request…</translation>
        </message>
        <message>
            <source>Open requests</source>
            <translation>Open requests</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>All requests</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Requester</source>
            <translation>Requester</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Selected request</source>
            <translation>Selected request</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Identity check:</source>
            <translation>Identity check:</translation>
        </message>
        <message>
            <source>Due:</source>
            <translation>Due:</translation>
        </message>
        <message>
            <source>Status:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Write the disclosure file…</source>
            <translation>Write the disclosure file…</translation>
        </message>
        <message>
            <source>Consent certificate…</source>
            <translation>Consent certificate…</translation>
        </message>
        <message>
            <source>Delete the personal data…</source>
            <translation>Delete the personal data…</translation>
        </message>
        <message>
            <source>Stop use now</source>
            <translation>Stop use now</translation>
        </message>
        <message>
            <source>Correct name…</source>
            <translation>Correct name…</translation>
        </message>
        <message>
            <source>%1 shown, %2 overdue</source>
            <translation>%1 shown, %2 overdue</translation>
        </message>
        <message>
            <source>Select a request.</source>
            <translation>Select a request.</translation>
        </message>
        <message>
            <source>#%1 %2, received %3 from %4, due %5.</source>
            <translation>#%1 %2, received %3 from %4, due %5.</translation>
        </message>
        <message>
            <source>Contact held: %1 (%2).</source>
            <translation>Contact held: %1 (%2).</translation>
        </message>
        <message>
            <source>No contact with %1 is held.</source>
            <translation>No contact with %1 is held.</translation>
        </message>
        <message>
            <source>Note: the consent record is due to be kept until %1 (特定電子メール法).</source>
            <translation>Note: the consent record is due to be kept until %1 (特定電子メール法).</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Save the disclosure file</source>
            <translation>Save the disclosure file</translation>
        </message>
        <message>
            <source>The disclosure file was written: %1 (%2 records).</source>
            <translation>The disclosure file was written: %1 (%2 records).</translation>
        </message>
        <message>
            <source>Delete the personal data</source>
            <translation>Delete the personal data</translation>
        </message>
        <message>
            <source>Erase the address, name, furigana, memos and recording references of this person? Only a keyed hash of the address stays, so that it is never added again. This cannot be undone.</source>
            <translation>Erase the address, name, furigana, memos and recording references of this person? Only a keyed hash of the address stays, so that it is never added again. This cannot be undone.</translation>
        </message>
        <message>
            <source>The personal data was deleted. The request is closed.</source>
            <translation>The personal data was deleted. The request is closed.</translation>
        </message>
        <message>
            <source>Use stopped: the address receives no more e-mail.</source>
            <translation>Use stopped: the address receives no more e-mail.</translation>
        </message>
        <message>
            <source>Correct the name</source>
            <translation>Correct the name</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Furigana:</source>
            <translation>Furigana:</translation>
        </message>
        <message>
            <source>The name was corrected.</source>
            <translation>The name was corrected.</translation>
        </message>
        <message>
            <source>Rights requests</source>
            <translation>Rights requests</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>New initial password for %1:</source>
            <translation>New initial password for %1:</translation>
        </message>
    </context>
    <context>
        <name>Retention</name>
        <message>
            <source>Kept while the address is on the send list, and one month after sending to it stops.</source>
            <translation>Kept while the address is on the send list, and one month after sending to it stops.</translation>
        </message>
        <message>
            <source>One month after sending to the address stopped.</source>
            <translation>One month after sending to the address stopped.</translation>
        </message>
        <message>
            <source>One year after sending to the address stopped (a measure order was received).</source>
            <translation>One year after sending to the address stopped (a measure order was received).</translation>
        </message>
        <message>
            <source>Three years after the last advertising mail (mail-order advertising, 特商法).</source>
            <translation>Three years after the last advertising mail (mail-order advertising, 特商法).</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>Choose a decision.</source>
            <translation>Choose a decision.</translation>
        </message>
        <message>
            <source>This post is not waiting for review.</source>
            <translation>This post is not waiting for review.</translation>
        </message>
        <message>
            <source>The author changed the post while you were reviewing it. Look at the new version first.</source>
            <translation>The author changed the post while you were reviewing it. Look at the new version first.</translation>
        </message>
        <message>
            <source>Give a reason, so the author knows what to change or why the post cannot go out.</source>
            <translation>Give a reason, so the author knows what to change or why the post cannot go out.</translation>
        </message>
        <message>
            <source>The reason may be at most %1 characters long.</source>
            <translation>The reason may be at most %1 characters long.</translation>
        </message>
        <message>
            <source>Confirm every point of the checklist before approving.</source>
            <translation>Confirm every point of the checklist before approving.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1 d %2 h</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 h %2 min</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>All posts</source>
            <translation>All posts</translation>
        </message>
        <message>
            <source>Posted within a scope</source>
            <translation>Posted within a scope</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Scopes</source>
            <translation>Scopes</translation>
        </message>
        <message>
            <source>Evidence records</source>
            <translation>Evidence records</translation>
        </message>
        <message>
            <source>Word lists</source>
            <translation>Word lists</translation>
        </message>
        <message>
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>Advisor</source>
            <translation>Advisor</translation>
        </message>
        <message>
            <source>Manager</source>
            <translation>Manager</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>SNS guideline</source>
            <translation>SNS guideline</translation>
        </message>
        <message>
            <source>SNS guide for members</source>
            <translation>SNS guide for members</translation>
        </message>
        <message>
            <source>SNS operating policy</source>
            <translation>SNS operating policy</translation>
        </message>
        <message>
            <source>E-mail address handling manual</source>
            <translation>E-mail address handling manual</translation>
        </message>
        <message>
            <source>rule book</source>
            <extracomment>Every entry with its file and first line, for the test that traces them to the seed.</extracomment>
            <translation>rule book</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>Scopes</name>
        <message>
            <source>(a) Content already published on the homepage</source>
            <translation>(a) Content already published on the homepage</translation>
        </message>
        <message>
            <source>(b) Facts about an event (how it went, results)</source>
            <translation>(b) Facts about an event (how it went, results)</translation>
        </message>
        <message>
            <source>(c) An established procedure</source>
            <translation>(c) An established procedure</translation>
        </message>
        <message>
            <source>(d) A confirmed question and answer</source>
            <translation>(d) A confirmed question and answer</translation>
        </message>
        <message>
            <source>The address of a page on the organisation's own site that is already published</source>
            <translation>The address of a page on the organisation's own site that is already published</translation>
        </message>
        <message>
            <source>The event, chosen from the records the managers keep</source>
            <translation>The event, chosen from the records the managers keep</translation>
        </message>
        <message>
            <source>The procedure document, chosen from the records the managers keep</source>
            <translation>The procedure document, chosen from the records the managers keep</translation>
        </message>
        <message>
            <source>The Q&amp;A entry, chosen from the records the managers keep</source>
            <translation>The Q&amp;A entry, chosen from the records the managers keep</translation>
        </message>
        <message>
            <source>The post claims this scope.</source>
            <translation>The post claims this scope.</translation>
        </message>
        <message>
            <source>The post does not claim this scope.</source>
            <translation>The post does not claim this scope.</translation>
        </message>
        <message>
            <source>The author is granted this scope.</source>
            <translation>The author is granted this scope.</translation>
        </message>
        <message>
            <source>The author is not granted this scope, by name or by role.</source>
            <translation>The author is not granted this scope, by name or by role.</translation>
        </message>
        <message>
            <source>The scope covers this account.</source>
            <translation>The scope covers this account.</translation>
        </message>
        <message>
            <source>The scope does not cover this account.</source>
            <translation>The scope does not cover this account.</translation>
        </message>
        <message>
            <source>The scope is valid on the day of the post.</source>
            <translation>The scope is valid on the day of the post.</translation>
        </message>
        <message>
            <source>The scope is not valid on the day of the post (not yet started, or expired).</source>
            <translation>The scope is not valid on the day of the post (not yet started, or expired).</translation>
        </message>
        <message>
            <source>The scope has not been revoked.</source>
            <translation>The scope has not been revoked.</translation>
        </message>
        <message>
            <source>The scope has been revoked.</source>
            <translation>The scope has been revoked.</translation>
        </message>
        <message>
            <source>The evidence the scope requires is given.</source>
            <translation>The evidence the scope requires is given.</translation>
        </message>
        <message>
            <source>The evidence the scope requires is missing: choose the event, procedure document or Q&amp;A entry from the records the managers keep.</source>
            <translation>The evidence the scope requires is missing: choose the event, procedure document or Q&amp;A entry from the records the managers keep.</translation>
        </message>
        <message>
            <source>The record given as evidence is of another kind than the scope needs, or has been retired.</source>
            <translation>The record given as evidence is of another kind than the scope needs, or has been retired.</translation>
        </message>
        <message>
            <source>Published content needs as evidence the address of a page on the organisation's own site that is already published (a page the managers recorded, or a post on the homepage recorded as published).</source>
            <translation>Published content needs as evidence the address of a page on the organisation's own site that is already published (a page the managers recorded, or a post on the homepage recorded as published).</translation>
        </message>
        <message>
            <source>Within a pre-approved scope</source>
            <translation>Within a pre-approved scope</translation>
        </message>
        <message>
            <source>Needs approval</source>
            <translation>Needs approval</translation>
        </message>
        <message>
            <source>No pre-approved scope applies. A post in the organisation's name needs the approval of the department head or an appointed responsible person.</source>
            <translation>No pre-approved scope applies. A post in the organisation's name needs the approval of the department head or an appointed responsible person.</translation>
        </message>
        <message>
            <source>The screening found a serious issue; a reviewer must look at the post even within a scope.</source>
            <translation>The screening found a serious issue; a reviewer must look at the post even within a scope.</translation>
        </message>
        <message>
            <source>A reviewer has already looked at this post and sent it back; the new version goes to a reviewer too.</source>
            <translation>A reviewer has already looked at this post and sent it back; the new version goes to a reviewer too.</translation>
        </message>
        <message>
            <source>The screening found personal data, prohibited or confidential content; a reviewer must look at the post even within a scope.</source>
            <translation>The screening found personal data, prohibited or confidential content; a reviewer must look at the post even within a scope.</translation>
        </message>
        <message>
            <source>The post was changed after it was approved; a reviewer must approve the new version.</source>
            <translation>The post was changed after it was approved; a reviewer must approve the new version.</translation>
        </message>
        <message>
            <source>The author changed the post while it was waiting for review.</source>
            <translation>The author changed the post while it was waiting for review.</translation>
        </message>
        <message>
            <source>The post links to an outside site, quotes someone or speaks for the organisation; readers may take this as the organisation's own, so a reviewer must look at it even within a scope.</source>
            <translation>The post links to an outside site, quotes someone or speaks for the organisation; readers may take this as the organisation's own, so a reviewer must look at it even within a scope.</translation>
        </message>
        <message>
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Draft</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>Approved within a scope</source>
            <translation>Approved within a scope</translation>
        </message>
        <message>
            <source>Waiting for approval</source>
            <translation>Waiting for approval</translation>
        </message>
        <message>
            <source>Changes requested</source>
            <translation>Changes requested</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>Published</source>
            <translation>Published</translation>
        </message>
        <message>
            <source>It insults no one, discriminates against no one, encourages nothing illegal and nothing against public order.</source>
            <translation>It insults no one, discriminates against no one, encourages nothing illegal and nothing against public order.</translation>
        </message>
        <message>
            <source>Every fact in it is correct and has a source; nothing is unfounded.</source>
            <translation>Every fact in it is correct and has a source; nothing is unfounded.</translation>
        </message>
        <message>
            <source>It shows no one's personal information without their consent.</source>
            <translation>It shows no one's personal information without their consent.</translation>
        </message>
        <message>
            <source>Photos and video: personal information, portrait rights and copyright are checked.</source>
            <translation>Photos and video: personal information, portrait rights and copyright are checked.</translation>
        </message>
        <message>
            <source>It contains no confidential business information and no unpublished results or plans.</source>
            <translation>It contains no confidential business information and no unpublished results or plans.</translation>
        </message>
        <message>
            <source>Quotes and links are checked: readers may take them as the organisation's own.</source>
            <translation>Quotes and links are checked: readers may take them as the organisation's own.</translation>
        </message>
        <message>
            <source>It does not present a personal view as the organisation's official view.</source>
            <translation>It does not present a personal view as the organisation's official view.</translation>
        </message>
        <message>
            <source>No prohibited content: the six kinds of section 3 and the ten deletion rules.</source>
            <translation>No prohibited content: the six kinds of section 3 and the ten deletion rules.</translation>
        </message>
        <message>
            <source>No confidential business information and no unpublished results or plans.</source>
            <translation>No confidential business information and no unpublished results or plans.</translation>
        </message>
        <message>
            <source>Photos and video: personal information, portrait rights and copyright checked.</source>
            <translation>Photos and video: personal information, portrait rights and copyright checked.</translation>
        </message>
        <message>
            <source>Quotes and links, which readers may take as the organisation's own, are acceptable.</source>
            <translation>Quotes and links, which readers may take as the organisation's own, are acceptable.</translation>
        </message>
        <message>
            <source>The author confirmed the self-check although the screening found a serious issue, and wrote why; a reviewer must read the override.</source>
            <translation>The author confirmed the self-check although the screening found a serious issue, and wrote why; a reviewer must read the override.</translation>
        </message>
        <message>
            <source>The department head and the appointed responsible persons are absent and cannot be reached.</source>
            <translation>The department head and the appointed responsible persons are absent and cannot be reached.</translation>
        </message>
        <message>
            <source>The post cannot wait for approval (an urgent notice, or an event happening now).</source>
            <translation>The post cannot wait for approval (an urgent notice, or an event happening now).</translation>
        </message>
        <message>
            <source>Another reason (write it below).</source>
            <translation>Another reason (write it below).</translation>
        </message>
        <message>
            <source>Published page of our site</source>
            <translation>Published page of our site</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
        <message>
            <source>Procedure document</source>
            <translation>Procedure document</translation>
        </message>
        <message>
            <source>Q&amp;A entry</source>
            <translation>Q&amp;A entry</translation>
        </message>
    </context>
    <context>
        <name>ScopesTab</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Granted to</source>
            <translation>Granted to</translation>
        </message>
        <message>
            <source>Valid</source>
            <translation>Valid</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Everyone with the role %1</source>
            <translation>Everyone with the role %1</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Accounts:</source>
            <translation>Accounts:</translation>
        </message>
        <message>
            <source>Granted to users:</source>
            <translation>Granted to users:</translation>
        </message>
        <message>
            <source>Granted to roles:</source>
            <translation>Granted to roles:</translation>
        </message>
        <message>
            <source>Valid:</source>
            <translation>Valid:</translation>
        </message>
        <message>
            <source>Conditions:</source>
            <translation>Conditions:</translation>
        </message>
        <message>
            <source>Evidence a post must carry:</source>
            <translation>Evidence a post must carry:</translation>
        </message>
        <message>
            <source>Grant new scope</source>
            <translation>Grant new scope</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <source>Staff may post without per-post approval only inside a scope approved in advance: (a) content already published on the homepage, (b) facts about events, (c) established procedures, (d) confirmed Q&amp;A.</source>
            <translation>Staff may post without per-post approval only inside a scope approved in advance: (a) content already published on the homepage, (b) facts about events, (c) established procedures, (d) confirmed Q&amp;A.</translation>
        </message>
        <message>
            <source>%1 to %2</source>
            <translation>%1 to %2</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Not valid today</source>
            <translation>Not valid today</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The scope was granted.</source>
            <translation>The scope was granted.</translation>
        </message>
        <message>
            <source>Choose a scope in the list first.</source>
            <translation>Choose a scope in the list first.</translation>
        </message>
        <message>
            <source>The scope was changed.</source>
            <translation>The scope was changed.</translation>
        </message>
        <message>
            <source>The scope was revoked.</source>
            <translation>The scope was revoked.</translation>
        </message>
    </context>
    <context>
        <name>Screening</name>
        <message>
            <source>People can be identified in this item and did not consent to its publication.</source>
            <translation>People can be identified in this item and did not consent to its publication.</translation>
        </message>
        <message>
            <source>This item contains someone else's work and permission to use it was not given.</source>
            <translation>This item contains someone else's work and permission to use it was not given.</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Personal data</source>
            <translation>Personal data</translation>
        </message>
        <message>
            <source>Prohibited content</source>
            <translation>Prohibited content</translation>
        </message>
        <message>
            <source>Confidential information</source>
            <translation>Confidential information</translation>
        </message>
        <message>
            <source>May be read as the organisation's own</source>
            <translation>May be read as the organisation's own</translation>
        </message>
        <message>
            <source>Photos and video</source>
            <translation>Photos and video</translation>
        </message>
        <message>
            <source>Platform rules</source>
            <translation>Platform rules</translation>
        </message>
        <message>
            <source>E-mail address</source>
            <translation>E-mail address</translation>
        </message>
        <message>
            <source>An e-mail address. Personal data must not be published without the person's consent.</source>
            <translation>An e-mail address. Personal data must not be published without the person's consent.</translation>
        </message>
        <message>
            <source>Phone number</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <source>A phone number. Personal data must not be published without the person's consent.</source>
            <translation>A phone number. Personal data must not be published without the person's consent.</translation>
        </message>
        <message>
            <source>Postal code</source>
            <translation>Postal code</translation>
        </message>
        <message>
            <source>A postal code. Personal data must not be published without the person's consent.</source>
            <translation>A postal code. Personal data must not be published without the person's consent.</translation>
        </message>
        <message>
            <source>Street address</source>
            <translation>Street address</translation>
        </message>
        <message>
            <source>A street address. Personal data must not be published without the person's consent.</source>
            <translation>A street address. Personal data must not be published without the person's consent.</translation>
        </message>
        <message>
            <source>Insults and defamation</source>
            <translation>Insults and defamation</translation>
        </message>
        <message>
            <source>Insulting or defamatory wording. Posts must not insult or defame anyone.</source>
            <translation>Insulting or defamatory wording. Posts must not insult or defame anyone.</translation>
        </message>
        <message>
            <source>Discrimination</source>
            <translation>Discrimination</translation>
        </message>
        <message>
            <source>Discriminatory wording (race, beliefs, creed and the like), or wording that encourages discrimination.</source>
            <translation>Discriminatory wording (race, beliefs, creed and the like), or wording that encourages discrimination.</translation>
        </message>
        <message>
            <source>Illegal acts</source>
            <translation>Illegal acts</translation>
        </message>
        <message>
            <source>Wording about illegal acts, or that may encourage them.</source>
            <translation>Wording about illegal acts, or that may encourage them.</translation>
        </message>
        <message>
            <source>Unfounded or false information</source>
            <translation>Unfounded or false information</translation>
        </message>
        <message>
            <source>A claim that may be unfounded or false. Check the facts and name the source.</source>
            <translation>A claim that may be unfounded or false. Check the facts and name the source.</translation>
        </message>
        <message>
            <source>Obscene content and links</source>
            <translation>Obscene content and links</translation>
        </message>
        <message>
            <source>Obscene content, or a link to a site with obscene content.</source>
            <translation>Obscene content, or a link to a site with obscene content.</translation>
        </message>
        <message>
            <source>Against public order and morals</source>
            <translation>Against public order and morals</translation>
        </message>
        <message>
            <source>Content against public order and morals (threats, violence, self-harm).</source>
            <translation>Content against public order and morals (threats, violence, self-harm).</translation>
        </message>
        <message>
            <source>Political or religious activity</source>
            <translation>Political or religious activity</translation>
        </message>
        <message>
            <source>Political or religious campaigning or solicitation.</source>
            <translation>Political or religious campaigning or solicitation.</translation>
        </message>
        <message>
            <source>Advertising and commercial activity</source>
            <translation>Advertising and commercial activity</translation>
        </message>
        <message>
            <source>Advertising, solicitation or other wording aimed at profit.</source>
            <translation>Advertising, solicitation or other wording aimed at profit.</translation>
        </message>
        <message>
            <source>Intellectual property</source>
            <translation>Intellectual property</translation>
        </message>
        <message>
            <source>May infringe copyright, trademark or portrait rights. Check that permission was given.</source>
            <translation>May infringe copyright, trademark or portrait rights. Check that permission was given.</translation>
        </message>
        <message>
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <source>May identify or expose a person, or where they were and what they did, without their consent.</source>
            <translation>May identify or expose a person, or where they were and what they did, without their consent.</translation>
        </message>
        <message>
            <source>Marked or described as confidential. Confidential business information must not be posted.</source>
            <translation>Marked or described as confidential. Confidential business information must not be posted.</translation>
        </message>
        <message>
            <source>Unpublished results and plans</source>
            <translation>Unpublished results and plans</translation>
        </message>
        <message>
            <source>Mentions results or plans that are not yet published. They must not be posted before the official announcement.</source>
            <translation>Mentions results or plans that are not yet published. They must not be posted before the official announcement.</translation>
        </message>
        <message>
            <source>Security</source>
            <translation>Security</translation>
        </message>
        <message>
            <source>Information that could threaten the organisation's security (passwords, access details).</source>
            <translation>Information that could threaten the organisation's security (passwords, access details).</translation>
        </message>
        <message>
            <source>Link to an outside site</source>
            <translation>Link to an outside site</translation>
        </message>
        <message>
            <source>A link to %1, outside the organisation's own sites. Readers may take the linked page as the organisation's own, or as endorsed by it.</source>
            <translation>A link to %1, outside the organisation's own sites. Readers may take the linked page as the organisation's own, or as endorsed by it.</translation>
        </message>
        <message>
            <source>Quote or repost</source>
            <translation>Quote or repost</translation>
        </message>
        <message>
            <source>A quote, repost or retweet. Readers may take the quoted words as the organisation's own.</source>
            <translation>A quote, repost or retweet. Readers may take the quoted words as the organisation's own.</translation>
        </message>
        <message>
            <source>Speaking for the organisation</source>
            <translation>Speaking for the organisation</translation>
        </message>
        <message>
            <source>Claims to speak for the organisation or to state its official view. This needs approval; a personal view must be marked as personal.</source>
            <translation>Claims to speak for the organisation or to state its official view. This needs approval; a personal view must be marked as personal.</translation>
        </message>
        <message>
            <source>Portrait rights</source>
            <translation>Portrait rights</translation>
        </message>
        <message>
            <source>People can be identified in this item and their consent is not confirmed.</source>
            <translation>People can be identified in this item and their consent is not confirmed.</translation>
        </message>
        <message>
            <source>Copyright</source>
            <translation>Copyright</translation>
        </message>
        <message>
            <source>This item contains someone else's work and permission is not confirmed.</source>
            <translation>This item contains someone else's work and permission is not confirmed.</translation>
        </message>
        <message>
            <source>Personal information in a picture</source>
            <translation>Personal information in a picture</translation>
        </message>
        <message>
            <source>Personal information (name tags, addresses, screens, number plates) is visible in this item.</source>
            <translation>Personal information (name tags, addresses, screens, number plates) is visible in this item.</translation>
        </message>
        <message>
            <source>Too long for the platform</source>
            <translation>Too long for the platform</translation>
        </message>
        <message>
            <source>The text is longer than the platform allows (%1 used, the limit is %2). The part after the limit is marked.</source>
            <translation>The text is longer than the platform allows (%1 used, the limit is %2). The part after the limit is marked.</translation>
        </message>
    </context>
    <context>
        <name>ScriptDialog</name>
        <message>
            <source>Consent script versions</source>
            <translation>Consent script versions</translation>
        </message>
        <message>
            <source>New version name:</source>
            <translation>New version name:</translation>
        </message>
        <message>
            <source>Japanese (one paragraph per block, blank line between):</source>
            <translation>Japanese (one paragraph per block, blank line between):</translation>
        </message>
        <message>
            <source>English:</source>
            <translation>English:</translation>
        </message>
        <message>
            <source>Write {office} where the office name goes. Earlier records keep the exact text they were captured with.</source>
            <translation>Write {office} where the office name goes. Earlier records keep the exact text they were captured with.</translation>
        </message>
        <message>
            <source>Mark the current version as reviewed</source>
            <translation>Mark the current version as reviewed</translation>
        </message>
        <message>
            <source>Publish the new version</source>
            <translation>Publish the new version</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1 — published %2, reviewed %3</source>
            <translation>%1 — published %2, reviewed %3</translation>
        </message>
        <message>
            <source>Published.</source>
            <translation>Published.</translation>
        </message>
        <message>
            <source>Marked as reviewed.</source>
            <translation>Marked as reviewed.</translation>
        </message>
    </context>
    <context>
        <name>Scripts</name>
        <message>
            <source>The consent script is missing the field %1 or it is not valid.</source>
            <translation>The consent script is missing the field %1 or it is not valid.</translation>
        </message>
        <message>
            <source>The consent script names an unknown channel: %1</source>
            <translation>The consent script names an unknown channel: %1</translation>
        </message>
        <message>
            <source>The consent script has no text in the language %1.</source>
            <translation>The consent script has no text in the language %1.</translation>
        </message>
        <message>
            <source>The consent script contains an unknown placeholder %1; only {office} is allowed.</source>
            <translation>The consent script contains an unknown placeholder %1; only {office} is allowed.</translation>
        </message>
        <message>
            <source>Set the office name in the settings before using consent scripts.</source>
            <translation>Set the office name in the settings before using consent scripts.</translation>
        </message>
        <message>
            <source>This script does not belong to this channel.</source>
            <translation>This script does not belong to this channel.</translation>
        </message>
        <message>
            <source>The consent script changed while the screen was open. Read the new version to the caller and save again.</source>
            <translation>The consent script changed while the screen was open. Read the new version to the caller and save again.</translation>
        </message>
        <message>
            <source>The version name %1 is already used for this script.</source>
            <translation>The version name %1 is already used for this script.</translation>
        </message>
        <message>
            <source>The text is the same as the current version. To confirm that it is still correct, mark it as reviewed.</source>
            <translation>The text is the same as the current version. To confirm that it is still correct, mark it as reviewed.</translation>
        </message>
        <message>
            <source>Enter a version name of at most 40 characters.</source>
            <translation>Enter a version name of at most 40 characters.</translation>
        </message>
        <message>
            <source>There is no consent script named %1.</source>
            <translation>There is no consent script named %1.</translation>
        </message>
        <message>
            <source>%1 (version of %2)</source>
            <translation>%1 (version of %2)</translation>
        </message>
    </context>
    <context>
        <name>ServerConnect</name>
        <message>
            <source>The connection file could not be read. Choose the file the administrator gave you.</source>
            <translation>The connection file could not be read. Choose the file the administrator gave you.</translation>
        </message>
        <message>
            <source>This is not an office server connection file, or it is damaged. Ask the administrator for a new one.</source>
            <translation>This is not an office server connection file, or it is damaged. Ask the administrator for a new one.</translation>
        </message>
        <message>
            <source>This office is kept on this computer, not on an office server, so it has no connection file to replace.</source>
            <translation>This office is kept on this computer, not on an office server, so it has no connection file to replace.</translation>
        </message>
        <message>
            <source>This connection file is for another office, so nothing was changed. Ask the administrator for this office's new connection file.</source>
            <translation>This connection file is for another office, so nothing was changed. Ask the administrator for this office's new connection file.</translation>
        </message>
    </context>
    <context>
        <name>ServerPage</name>
        <message>
            <source>Connect to the office server</source>
            <translation>Connect to the office server</translation>
        </message>
        <message>
            <source>The administrator of the office server gives each computer a connection file. Choose it here. The office's data stays on the server; this computer keeps only the connection settings.</source>
            <translation>The administrator of the office server gives each computer a connection file. Choose it here. The office's data stays on the server; this computer keeps only the connection settings.</translation>
        </message>
        <message>
            <source>Choose the connection file…</source>
            <translation>Choose the connection file…</translation>
        </message>
        <message>
            <source>Server:</source>
            <translation>Server:</translation>
        </message>
        <message>
            <source>Certificate fingerprint:</source>
            <translation>Certificate fingerprint:</translation>
        </message>
        <message>
            <source>Ask the administrator to read out the fingerprint of the office's certificate, and compare it with the one above, group by group. If they differ, do not connect: tell the administrator.</source>
            <translation>Ask the administrator to read out the fingerprint of the office's certificate, and compare it with the one above, group by group. If they differ, do not connect: tell the administrator.</translation>
        </message>
        <message>
            <source>The fingerprint is the same as the one the administrator read out.</source>
            <translation>The fingerprint is the same as the one the administrator read out.</translation>
        </message>
        <message>
            <source>Choose the connection file</source>
            <translation>Choose the connection file</translation>
        </message>
        <message>
            <source>Connection files (*.json)</source>
            <translation>Connection files (*.json)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>No connection file chosen yet.</source>
            <translation>No connection file chosen yet.</translation>
        </message>
    </context>
    <context>
        <name>ServiceError</name>
        <message>
            <source>The username or password is not correct.</source>
            <translation>The username or password is not correct.</translation>
        </message>
        <message>
            <source>Too many failed attempts. Try again in %1 seconds.</source>
            <translation>Too many failed attempts. Try again in %1 seconds.</translation>
        </message>
        <message>
            <source>The recovery code is not correct.</source>
            <translation>The recovery code is not correct.</translation>
        </message>
        <message>
            <source>There is no office in this data folder. Create one first.</source>
            <translation>There is no office in this data folder. Create one first.</translation>
        </message>
        <message>
            <source>An office already exists in this data folder.</source>
            <translation>An office already exists in this data folder.</translation>
        </message>
        <message>
            <source>The session is locked. Unlock it with your password.</source>
            <translation>The session is locked. Unlock it with your password.</translation>
        </message>
        <message>
            <source>Your role does not allow this action.</source>
            <translation>Your role does not allow this action.</translation>
        </message>
        <message>
            <source>For this action, confirm your password again.</source>
            <translation>For this action, confirm your password again.</translation>
        </message>
        <message>
            <source>Choose a new password before you continue.</source>
            <translation>Choose a new password before you continue.</translation>
        </message>
        <message>
            <source>The record was not found.</source>
            <translation>The record was not found.</translation>
        </message>
        <message>
            <source>The key file of this office is damaged, but its previous copy is intact. Opening the office with the previous copy undoes the latest change to the key file (for example a password changed since then); the damaged file is kept.</source>
            <translation>The key file of this office is damaged, but its previous copy is intact. Opening the office with the previous copy undoes the latest change to the key file (for example a password changed since then); the damaged file is kept.</translation>
        </message>
        <message>
            <source>The file could not be written. The folder may be read-only or the disk full. Nothing was changed.</source>
            <translation>The file could not be written. The folder may be read-only or the disk full. Nothing was changed.</translation>
        </message>
        <message>
            <source>There is not enough free disk space for the export. Nothing was written.</source>
            <translation>There is not enough free disk space for the export. Nothing was written.</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>The import was cancelled. Nothing was imported.</translation>
        </message>
        <message>
            <source>An export was interrupted before its file was finished. The unfinished file was removed (%1). Export again if you still need it.</source>
            <translation>An export was interrupted before its file was finished. The unfinished file was removed (%1). Export again if you still need it.</translation>
        </message>
        <message>
            <source>You cannot decide on your own post. Another manager or an appointed responsible person must review it.</source>
            <translation>You cannot decide on your own post. Another manager or an appointed responsible person must review it.</translation>
        </message>
        <message>
            <source>%1 rows contain characters this format cannot hold: %2. Nothing was written and no character was dropped. Choose the UTF-8 format, or correct the names first.</source>
            <translation>%1 rows contain characters this format cannot hold: %2. Nothing was written and no character was dropped. Choose the UTF-8 format, or correct the names first.</translation>
        </message>
        <message>
            <source>The office database failed its integrity check: part of the file is damaged. Finish what you are doing, make no new backup and ask the administrator to restore the last backup.</source>
            <translation>The office database failed its integrity check: part of the file is damaged. Finish what you are doing, make no new backup and ask the administrator to restore the last backup.</translation>
        </message>
        <message>
            <source>Import the unsubscribes and bounces from the mail service first, or give a reason for exporting the send list without them.</source>
            <translation>Import the unsubscribes and bounces from the mail service first, or give a reason for exporting the send list without them.</translation>
        </message>
        <message>
            <source>The office server database already holds an office. Set up a new, empty one first.</source>
            <translation>The office server database already holds an office. Set up a new, empty one first.</translation>
        </message>
        <message>
            <source>This office is not stored where this step expects it (this PC or the office server).</source>
            <translation>This office is not stored where this step expects it (this PC or the office server).</translation>
        </message>
        <message>
            <source>An office on the office server is not restored from this screen, while other PCs work on it. The server's administrator sets up a new, empty office database, and the backup is then moved onto it like an office of this PC. The backup itself is checked by the test restore.</source>
            <translation>An office on the office server is not restored from this screen, while other PCs work on it. The server's administrator sets up a new, empty office database, and the backup is then moved onto it like an office of this PC. The backup itself is checked by the test restore.</translation>
        </message>
        <message>
            <source>The account was deactivated and can no longer sign in. The office key was not changed, because other people are signed in to the office server.</source>
            <translation>The account was deactivated and can no longer sign in. The office key was not changed, because other people are signed in to the office server.</translation>
        </message>
        <message>
            <source>The account was deactivated and can no longer sign in. The office key was not changed: the office server refused to encrypt its saved records again. Ask the server's administrator to update the server database.</source>
            <translation>The account was deactivated and can no longer sign in. The office key was not changed: the office server refused to encrypt its saved records again. Ask the server's administrator to update the server database.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>%1:</source>
            <translation>%1:</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source> business days</source>
            <translation> business days</translation>
        </message>
        <message>
            <source>Auto-lock after:</source>
            <translation>Auto-lock after:</translation>
        </message>
        <message>
            <source>Unsubscribe deadline:</source>
            <translation>Unsubscribe deadline:</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>The send-list export warns when the unsubscribes and bounces were last imported from the mail service longer ago than this.</source>
            <translation>The send-list export warns when the unsubscribes and bounces were last imported from the mail service longer ago than this.</translation>
        </message>
        <message>
            <source>Import from the mail service at least every:</source>
            <translation>Import from the mail service at least every:</translation>
        </message>
        <message>
            <source>The sender name, postal address, opt-out contact, opt-out statement and inquiry contact appear in every mail (特定電子メール法 Art. 4). The send-list export warns when any is missing.</source>
            <translation>The sender name, postal address, opt-out contact, opt-out statement and inquiry contact appear in every mail (特定電子メール法 Art. 4). The send-list export warns when any is missing.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Import limits</source>
            <translation>Import limits</translation>
        </message>
        <message>
            <source>A contact list, suppression list or mail-service file larger than these is refused before it is read. Raise them only for a file you trust.</source>
            <translation>A contact list, suppression list or mail-service file larger than these is refused before it is read. Raise them only for a file you trust.</translation>
        </message>
        <message>
            <source>Back to the standard limits</source>
            <translation>Back to the standard limits</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>SettingsPanel</name>
        <message>
            <source>After each question</source>
            <translation>After each question</translation>
        </message>
        <message>
            <source>At the end of the quiz</source>
            <translation>At the end of the quiz</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>First month of the fiscal year:</source>
            <translation>First month of the fiscal year:</translation>
        </message>
        <message>
            <source>Questions per quiz:</source>
            <translation>Questions per quiz:</translation>
        </message>
        <message>
            <source>Pass mark:</source>
            <translation>Pass mark:</translation>
        </message>
        <message>
            <source>Show explanations:</source>
            <translation>Show explanations:</translation>
        </message>
        <message>
            <source>Saved. The settings apply to quizzes started from now on.</source>
            <translation>Saved. The settings apply to quizzes started from now on.</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Madoguchi</source>
            <translation>Set up Madoguchi</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Welcome to Madoguchi</source>
            <translation>Welcome to Madoguchi</translation>
        </message>
        <message>
            <source>Use on this PC only</source>
            <translation>Use on this PC only</translation>
        </message>
        <message>
            <source>Connect to the office server</source>
            <translation>Connect to the office server</translation>
        </message>
        <message>
            <source>The office is kept encrypted on this computer. For an office with one PC.</source>
            <translation>The office is kept encrypted on this computer. For an office with one PC.</translation>
        </message>
        <message>
            <source>Several PCs work on one office kept on the office's server. You need the connection file from the server's administrator.</source>
            <translation>Several PCs work on one office kept on the office's server. You need the connection file from the server's administrator.</translation>
        </message>
        <message>
            <source>The office server has no office yet. As its first administrator, set up the office now: its name, the privacy officer, and your own account.</source>
            <translation>The office server has no office yet. As its first administrator, set up the office now: its name, the privacy officer, and your own account.</translation>
        </message>
        <message>
            <source>This sets up the office: its name, the privacy officer whom staff report problems to, where the encrypted data is kept, and the first administrator.</source>
            <translation>This sets up the office: its name, the privacy officer whom staff report problems to, where the encrypted data is kept, and the first administrator.</translation>
        </message>
        <message>
            <source>Phone number or e-mail address</source>
            <translation>Phone number or e-mail address</translation>
        </message>
        <message>
            <source>Office name:</source>
            <translation>Office name:</translation>
        </message>
        <message>
            <source>Privacy officer:</source>
            <translation>Privacy officer:</translation>
        </message>
        <message>
            <source>Privacy officer's contact:</source>
            <translation>Privacy officer's contact:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <source>The office database and its key file are kept in this folder, encrypted. Choose a folder on this computer: not a network share and not a cloud-sync folder. The command line uses the same default folder.</source>
            <translation>The office database and its key file are kept in this folder, encrypted. Choose a folder on this computer: not a network share and not a cloud-sync folder. The command line uses the same default folder.</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>First administrator</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <source>The administrator manages staff accounts, settings and backups. Every person gets their own account later; do not share this one.</source>
            <translation>The administrator manages staff accounts, settings and backups. Every person gets their own account later; do not share this one.</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Username:</translation>
        </message>
        <message>
            <source>Display name:</source>
            <translation>Display name:</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>If every administrator password is lost, this code is the only way to open the office. It is shown only now. Print it or save it, and keep it locked away from this computer.</source>
            <translation>If every administrator password is lost, this code is the only way to open the office. It is shown only now. Print it or save it, and keep it locked away from this computer.</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as text file…</source>
            <translation>Save as text file…</translation>
        </message>
        <message>
            <source>I have stored the recovery code in a safe place.</source>
            <translation>I have stored the recovery code in a safe place.</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Choose the data folder</translation>
        </message>
        <message>
            <source>Create office</source>
            <translation>Create office</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Start</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Connecting to the office server…</source>
            <translation>Connecting to the office server…</translation>
        </message>
        <message>
            <source>Creating the encrypted office…</source>
            <translation>Creating the encrypted office…</translation>
        </message>
        <message>
            <source>Madoguchi recovery code

Office: %1
Code: %2

Keep this paper locked away. Anyone with this code and the office files can open the office.</source>
            <translation>Madoguchi recovery code

Office: %1
Code: %2

Keep this paper locked away. Anyone with this code and the office files can open the office.</translation>
        </message>
        <message>
            <source>Save the recovery code</source>
            <translation>Save the recovery code</translation>
        </message>
        <message>
            <source>Text files (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <source>The file could not be written.</source>
            <translation>The file could not be written.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Contacts: go to the search box</source>
            <translation>Contacts: go to the search box</translation>
        </message>
        <message>
            <source>Phone entry: record agreed / refused</source>
            <translation>Phone entry: record agreed / refused</translation>
        </message>
        <message>
            <source>Next / previous field</source>
            <translation>Next / previous field</translation>
        </message>
        <message>
            <source>Close the dialog</source>
            <translation>Close the dialog</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Keys</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>What it does</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>The database encryption library is not available, so the office cannot be opened safely.</source>
            <translation>The database encryption library is not available, so the office cannot be opened safely.</translation>
        </message>
        <message>
            <source>The office database could not be opened: the key does not match or the file is damaged.</source>
            <translation>The office database could not be opened: the key does not match or the file is damaged.</translation>
        </message>
        <message>
            <source>The office database failed its integrity check. Nothing was written. Restore a backup.</source>
            <translation>The office database failed its integrity check. Nothing was written. Restore a backup.</translation>
        </message>
        <message>
            <source>This office is already open in another Madoguchi window or on another computer. Close it there first.</source>
            <translation>This office is already open in another Madoguchi window or on another computer. Close it there first.</translation>
        </message>
        <message>
            <source>The office database was made by a newer version of Madoguchi (schema %1; this version supports %2). Install the newer version.</source>
            <translation>The office database was made by a newer version of Madoguchi (schema %1; this version supports %2). Install the newer version.</translation>
        </message>
        <message>
            <source>The key file of this office is missing, damaged or was edited. The office cannot be opened with it.</source>
            <translation>The key file of this office is missing, damaged or was edited. The office cannot be opened with it.</translation>
        </message>
        <message>
            <source>The data folder cannot be written to. Choose another folder or check its permissions.</source>
            <translation>The data folder cannot be written to. Choose another folder or check its permissions.</translation>
        </message>
        <message>
            <source>The office cannot live on a network share or in a cloud-sync folder: the database needs a disk of this computer. Choose a local folder.</source>
            <translation>The office cannot live on a network share or in a cloud-sync folder: the database needs a disk of this computer. Choose a local folder.</translation>
        </message>
        <message>
            <source>The audit log cannot be changed or deleted.</source>
            <translation>The audit log cannot be changed or deleted.</translation>
        </message>
        <message>
            <source>The disk is full, so Madoguchi could not save. Nothing was changed. Free some space and try again.</source>
            <translation>The disk is full, so Madoguchi could not save. Nothing was changed. Free some space and try again.</translation>
        </message>
        <message>
            <source>The office database file is empty or missing. Nothing was written to it. Restore the office folder from a backup.</source>
            <translation>The office database file is empty or missing. Nothing was written to it. Restore the office folder from a backup.</translation>
        </message>
        <message>
            <source>The office database file is not an encrypted Madoguchi database. Nothing was changed. Check the data folder or restore it from a backup.</source>
            <translation>The office database file is not an encrypted Madoguchi database. Nothing was changed. Check the data folder or restore it from a backup.</translation>
        </message>
        <message>
            <source>A new office can only be created in an empty folder. Choose an empty folder.</source>
            <translation>A new office can only be created in an empty folder. Choose an empty folder.</translation>
        </message>
        <message>
            <source>The office server cannot be reached. Nothing was saved by the last step. Check the network and that the server is running; Madoguchi reconnects by itself.</source>
            <translation>The office server cannot be reached. Nothing was saved by the last step. Check the network and that the server is running; Madoguchi reconnects by itself.</translation>
        </message>
        <message>
            <source>The office server's certificate does not match this computer's connection settings, so nothing was sent to it. Ask the administrator to check the server's address and certificate.</source>
            <translation>The office server's certificate does not match this computer's connection settings, so nothing was sent to it. Ask the administrator to check the server's address and certificate.</translation>
        </message>
        <message>
            <source>The office server no longer accepts this computer's connection file: the administrator has changed it. Ask the administrator for the new connection file.</source>
            <translation>The office server no longer accepts this computer's connection file: the administrator has changed it. Ask the administrator for the new connection file.</translation>
        </message>
        <message>
            <source>The office server's database is not prepared for this version of Madoguchi. Ask the administrator to update it with the server command.</source>
            <translation>The office server's database is not prepared for this version of Madoguchi. Ask the administrator to update it with the server command.</translation>
        </message>
        <message>
            <source>The office server has been updated for a newer version of Madoguchi. Install the newer version on this computer, then log in again.</source>
            <translation>The office server has been updated for a newer version of Madoguchi. Install the newer version on this computer, then log in again.</translation>
        </message>
        <message>
            <source>Someone else changed this at the same time. Nothing was overwritten: reopen it to see their change, then make yours again.</source>
            <translation>Someone else changed this at the same time. Nothing was overwritten: reopen it to see their change, then make yours again.</translation>
        </message>
        <message>
            <source>This user is already signed in on another computer. Sign out there first, or sign in as yourself.</source>
            <translation>This user is already signed in on another computer. Sign out there first, or sign in as yourself.</translation>
        </message>
        <message>
            <source>The backup set is incomplete or damaged.</source>
            <translation>The backup set is incomplete or damaged.</translation>
        </message>
        <message>
            <source>The work was stopped because the office was locked. Nothing half-done was kept.</source>
            <translation>The work was stopped because the office was locked. Nothing half-done was kept.</translation>
        </message>
        <message>
            <source>Other people are signed in to the office server. The office key can only be changed while everyone else is signed out: ask them to sign out, then try again. Nothing was changed.</source>
            <translation>Other people are signed in to the office server. The office key can only be changed while everyone else is signed out: ask them to sign out, then try again. Nothing was changed.</translation>
        </message>
        <message>
            <source>The office key could not be changed: the office server keeps saved records as written and refused to encrypt them again. Ask the server's administrator to update the server database. Nothing was changed.</source>
            <translation>The office key could not be changed: the office server keeps saved records as written and refused to encrypt them again. Ask the server's administrator to update the server database. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>SuppressionImportDialog</name>
        <message>
            <source>Import from the mail service</source>
            <translation>Import from the mail service</translation>
        </message>
        <message>
            <source>The unsubscribe, bounce or complaint list downloaded from the service</source>
            <translation>The unsubscribe, bounce or complaint list downloaded from the service</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Recognise automatically</source>
            <translation>Recognise automatically</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Addresses</source>
            <translation>Addresses</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Apply to the send list</source>
            <translation>Apply to the send list</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>What importing will do</source>
            <translation>What importing will do</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Choose the file from the mail service</source>
            <translation>Choose the file from the mail service</translation>
        </message>
        <message>
            <source>CSV, ZIP or Excel files (*.csv *.txt *.zip *.xlsx)</source>
            <translation>CSV, ZIP or Excel files (*.csv *.txt *.zip *.xlsx)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <source>Choose a file first.</source>
            <translation>Choose a file first.</translation>
        </message>
        <message>
            <source>Reading and checking the file…</source>
            <translation>Reading and checking the file…</translation>
        </message>
        <message>
            <source>Read as: %1. %2 addresses will be taken off the send list.</source>
            <translation>Read as: %1. %2 addresses will be taken off the send list.</translation>
        </message>
        <message>
            <source>Applying…</source>
            <translation>Applying…</translation>
        </message>
        <message>
            <source>Done: %1 addresses were taken off the send list.</source>
            <translation>Done: %1 addresses were taken off the send list.</translation>
        </message>
    </context>
    <context>
        <name>SyncBanner</name>
        <message>
            <source>e.g. an urgent notice that cannot wait for the import</source>
            <translation>e.g. an urgent notice that cannot wait for the import</translation>
        </message>
        <message>
            <source>Reason to export anyway:</source>
            <translation>Reason to export anyway:</translation>
        </message>
        <message>
            <source>Unsubscribes and bounces have not been imported from the mail service yet (Contacts → Import from the mail service).</source>
            <translation>Unsubscribes and bounces have not been imported from the mail service yet (Contacts → Import from the mail service).</translation>
        </message>
        <message>
            <source>Last import from the mail service: %1.</source>
            <translation>Last import from the mail service: %1.</translation>
        </message>
        <message>
            <source>People who unsubscribed through the service's link may be sent mail again. Import the service's unsubscribe and bounce lists first, or give a reason to export anyway (the reason is recorded in the audit log).</source>
            <translation>People who unsubscribed through the service's link may be sent mail again. Import the service's unsubscribe and bounce lists first, or give a reason to export anyway (the reason is recorded in the audit log).</translation>
        </message>
    </context>
    <context>
        <name>TextKeeper</name>
        <message>
            <source>Your unsaved text was kept and is back.</source>
            <translation>Your unsaved text was kept and is back.</translation>
        </message>
    </context>
    <context>
        <name>Training</name>
        <message>
            <source>Quiz file %1 is not a table of questions.</source>
            <translation>Quiz file %1 is not a table of questions.</translation>
        </message>
        <message>
            <source>Quiz file %1 has an unknown key "%2".</source>
            <translation>Quiz file %1 has an unknown key "%2".</translation>
        </message>
        <message>
            <source>The quiz bank holds no questions.</source>
            <translation>The quiz bank holds no questions.</translation>
        </message>
        <message>
            <source>Question %1 is not a table.</source>
            <translation>Question %1 is not a table.</translation>
        </message>
        <message>
            <source>Question %1 has an unknown field "%2".</source>
            <translation>Question %1 has an unknown field "%2".</translation>
        </message>
        <message>
            <source>Question %1: the field "%2" is missing or empty.</source>
            <translation>Question %1: the field "%2" is missing or empty.</translation>
        </message>
        <message>
            <source>Question %1: the field "%2" has the wrong type.</source>
            <translation>Question %1: the field "%2" has the wrong type.</translation>
        </message>
        <message>
            <source>Question %1: the id "%2" may only hold lowercase letters, digits and hyphens.</source>
            <translation>Question %1: the id "%2" may only hold lowercase letters, digits and hyphens.</translation>
        </message>
        <message>
            <source>Question %1: the id "%2" is used more than once.</source>
            <translation>Question %1: the id "%2" is used more than once.</translation>
        </message>
        <message>
            <source>Question %1: unknown kind "%2".</source>
            <translation>Question %1: unknown kind "%2".</translation>
        </message>
        <message>
            <source>Question %1: unknown topic "%2".</source>
            <translation>Question %1: unknown topic "%2".</translation>
        </message>
        <message>
            <source>Question %1: "select" must be "single" or "multiple", not "%2".</source>
            <translation>Question %1: "select" must be "single" or "multiple", not "%2".</translation>
        </message>
        <message>
            <source>Question %1: "select" is only used by scenario questions.</source>
            <translation>Question %1: "select" is only used by scenario questions.</translation>
        </message>
        <message>
            <source>Question %1 needs at least two choices.</source>
            <translation>Question %1 needs at least two choices.</translation>
        </message>
        <message>
            <source>Question %1: the choice id "%2" is used more than once.</source>
            <translation>Question %1: the choice id "%2" is used more than once.</translation>
        </message>
        <message>
            <source>Question %1: choice "%2" has no text in the language "%3".</source>
            <translation>Question %1: choice "%2" has no text in the language "%3".</translation>
        </message>
        <message>
            <source>Question %1: a true/false question has exactly the choices "true" and "false".</source>
            <translation>Question %1: a true/false question has exactly the choices "true" and "false".</translation>
        </message>
        <message>
            <source>Question %1 has no correct answer.</source>
            <translation>Question %1 has no correct answer.</translation>
        </message>
        <message>
            <source>Question %1: the answer "%2" is not one of its choices.</source>
            <translation>Question %1: the answer "%2" is not one of its choices.</translation>
        </message>
        <message>
            <source>Question %1 lists the answer "%2" twice.</source>
            <translation>Question %1 lists the answer "%2" twice.</translation>
        </message>
        <message>
            <source>Question %1 allows one choice and needs exactly one correct answer, not %2.</source>
            <translation>Question %1 allows one choice and needs exactly one correct answer, not %2.</translation>
        </message>
        <message>
            <source>Question %1: every choice is correct; add at least one wrong choice.</source>
            <translation>Question %1: every choice is correct; add at least one wrong choice.</translation>
        </message>
        <message>
            <source>Question %1: the source needs a file name, a line number from 1 and a quote of at least %2 characters.</source>
            <translation>Question %1: the source needs a file name, a line number from 1 and a quote of at least %2 characters.</translation>
        </message>
        <message>
            <source>The first month of the fiscal year must be between 1 and 12, not %1.</source>
            <extracomment>The one format of dates and times the office reads (screens, sheets, printouts): 2026/12/05 14:30.</extracomment>
            <translation>The first month of the fiscal year must be between 1 and 12, not %1.</translation>
        </message>
        <message>
            <source>"%1" is not a quarter such as "FY2026 Q3".</source>
            <translation>"%1" is not a quarter such as "FY2026 Q3".</translation>
        </message>
        <message>
            <source>A quiz needs at least one question, not %1.</source>
            <translation>A quiz needs at least one question, not %1.</translation>
        </message>
        <message>
            <source>Unknown quiz topic "%1".</source>
            <translation>Unknown quiz topic "%1".</translation>
        </message>
        <message>
            <source>There are no questions for the chosen topics.</source>
            <translation>There are no questions for the chosen topics.</translation>
        </message>
        <message>
            <source>The pass mark must be more than 0 and at most 1 (100 %), not %1.</source>
            <translation>The pass mark must be more than 0 and at most 1 (100 %), not %1.</translation>
        </message>
        <message>
            <source>An answer was given for the question "%1", which was not asked.</source>
            <translation>An answer was given for the question "%1", which was not asked.</translation>
        </message>
        <message>
            <source>The selected choice "%2" is not a choice of the question "%1".</source>
            <translation>The selected choice "%2" is not a choice of the question "%1".</translation>
        </message>
        <message>
            <source>Choose an answer first.</source>
            <translation>Choose an answer first.</translation>
        </message>
        <message>
            <source>Choose exactly one answer.</source>
            <translation>Choose exactly one answer.</translation>
        </message>
        <message>
            <source>This question has already been answered.</source>
            <translation>This question has already been answered.</translation>
        </message>
        <message>
            <source>Answer every question before finishing: %1 of %2 are still open.</source>
            <translation>Answer every question before finishing: %1 of %2 are still open.</translation>
        </message>
        <message>
            <source>This quiz has already been finished.</source>
            <translation>This quiz has already been finished.</translation>
        </message>
        <message>
            <source>The number of questions must be between 1 and %1, not %2.</source>
            <translation>The number of questions must be between 1 and %1, not %2.</translation>
        </message>
        <message>
            <source>Show the explanations after each question or at the end, not "%1".</source>
            <translation>Show the explanations after each question or at the end, not "%1".</translation>
        </message>
    </context>
    <context>
        <name>TrainingPage</name>
        <message>
            <source>Passed</source>
            <translation>Passed</translation>
        </message>
        <message>
            <source>Attempted, not passed yet</source>
            <translation>Attempted, not passed yet</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>%1 %</source>
            <translation>%1 %</translation>
        </message>
        <message>
            <source>You passed this quarter's training (%1) on %2.</source>
            <translation>You passed this quarter's training (%1) on %2.</translation>
        </message>
        <message>
            <source>You have not passed this quarter's training (%1) yet: your best score is %2 of %3. %4 days left.</source>
            <translation>You have not passed this quarter's training (%1) yet: your best score is %2 of %3. %4 days left.</translation>
        </message>
        <message>
            <source>You have not taken this quarter's training (%1) yet. %2 days left.</source>
            <translation>You have not taken this quarter's training (%1) yet. %2 days left.</translation>
        </message>
        <message>
            <source>You have not passed this quarter's training yet. %1 days left.</source>
            <translation>You have not passed this quarter's training yet. %1 days left.</translation>
        </message>
        <message>
            <source>Source: %1: “%2”</source>
            <translation>Source: %1: “%2”</translation>
        </message>
        <message>
            <source>Quiz</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
    </context>
    <context>
        <name>Unsubscribe</name>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail reply</source>
            <translation>E-mail reply</translation>
        </message>
        <message>
            <source>Web form</source>
            <translation>Web form</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Letter</translation>
        </message>
        <message>
            <source>Mail service</source>
            <translation>Mail service</translation>
        </message>
        <message>
            <source>Choose how the request arrived.</source>
            <translation>Choose how the request arrived.</translation>
        </message>
        <message>
            <source>The date received cannot be in the future.</source>
            <translation>The date received cannot be in the future.</translation>
        </message>
        <message>
            <source>Enter a number of business days from 1 to 30.</source>
            <translation>Enter a number of business days from 1 to 30.</translation>
        </message>
        <message>
            <source>This request has already been processed.</source>
            <translation>This request has already been processed.</translation>
        </message>
        <message>
            <source>A request by phone is processed during the call: enter the address the caller gives.</source>
            <translation>A request by phone is processed during the call: enter the address the caller gives.</translation>
        </message>
        <message>
            <source>Enter the address, or what the request says about it.</source>
            <translation>Enter the address, or what the request says about it.</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>The text is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The memo is too long (at most %1 characters).</source>
            <translation>The memo is too long (at most %1 characters).</translation>
        </message>
    </context>
    <context>
        <name>UnsubscribePage</name>
        <message>
            <source>The address that should receive no more e-mail</source>
            <translation>The address that should receive no more e-mail</translation>
        </message>
        <message>
            <source>Cannot be processed now (for example the address in a letter is unclear)</source>
            <translation>Cannot be processed now (for example the address in a letter is unclear)</translation>
        </message>
        <message>
            <source>Memo (optional)</source>
            <translation>Memo (optional)</translation>
        </message>
        <message>
            <source>Stop e-mail now (Ctrl+Enter)</source>
            <translation>Stop e-mail now (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>E-mail address:</source>
            <translation>E-mail address:</translation>
        </message>
        <message>
            <source>Received:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>Arrived by:</source>
            <translation>Arrived by:</translation>
        </message>
        <message>
            <source>Memo:</source>
            <translation>Memo:</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Arrived by</source>
            <translation>Arrived by</translation>
        </message>
        <message>
            <source>Address as received</source>
            <translation>Address as received</translation>
        </message>
        <message>
            <source>Memo</source>
            <translation>Memo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Process the selected request…</source>
            <translation>Process the selected request…</translation>
        </message>
        <message>
            <source>Processed</source>
            <translation>Processed</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Recently processed</source>
            <translation>Recently processed</translation>
        </message>
        <message>
            <source>Unsubscribe: stop e-mail now</source>
            <translation>Unsubscribe: stop e-mail now</translation>
        </message>
        <message>
            <source>%1 unsubscribe request(s) are OVERDUE. Process them now: until then e-mail may still go to people who asked to stop.</source>
            <translation>%1 unsubscribe request(s) are OVERDUE. Process them now: until then e-mail may still go to people who asked to stop.</translation>
        </message>
        <message>
            <source>Waiting to be processed: %1</source>
            <translation>Waiting to be processed: %1</translation>
        </message>
        <message>
            <source>Overdue by %1 business day(s)</source>
            <translation>Overdue by %1 business day(s)</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>%1 business day(s) left</source>
            <translation>%1 business day(s) left</translation>
        </message>
        <message>
            <source>(deleted)</source>
            <translation>(deleted)</translation>
        </message>
        <message>
            <source>Put in the queue (Ctrl+Enter)</source>
            <translation>Put in the queue (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>Due within %1 business days of the date received.</source>
            <translation>Due within %1 business days of the date received.</translation>
        </message>
        <message>
            <source>Takes effect at once: the address leaves every send list.</source>
            <translation>Takes effect at once: the address leaves every send list.</translation>
        </message>
        <message>
            <source>%1 is not in the contacts. It will be recorded so that it is never added.</source>
            <translation>%1 is not in the contacts. It will be recorded so that it is never added.</translation>
        </message>
        <message>
            <source>This address was deleted on request earlier; it is already blocked.</source>
            <translation>This address was deleted on request earlier; it is already blocked.</translation>
        </message>
        <message>
            <source>Found: %1 — %2</source>
            <translation>Found: %1 — %2</translation>
        </message>
        <message>
            <source>Queued. Due by %1.</source>
            <translation>Queued. Due by %1.</translation>
        </message>
        <message>
            <source>Recorded. The address had been deleted on request and stays blocked.</source>
            <translation>Recorded. The address had been deleted on request and stays blocked.</translation>
        </message>
        <message>
            <source>Done: %1 has left the send list.</source>
            <translation>Done: %1 has left the send list.</translation>
        </message>
        <message>
            <source>Done: %1 will not receive e-mail.</source>
            <translation>Done: %1 will not receive e-mail.</translation>
        </message>
        <message>
            <source>Select a request in the queue first.</source>
            <translation>Select a request in the queue first.</translation>
        </message>
        <message>
            <source>The queued request was processed; the address receives no more e-mail.</source>
            <translation>The queued request was processed; the address receives no more e-mail.</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Username</source>
            <translation>Username</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>Display name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Approves posts</source>
            <translation>Approves posts</translation>
        </message>
        <message>
            <source>Yes (manager)</source>
            <translation>Yes (manager)</translation>
        </message>
        <message>
            <source>Yes (appointed)</source>
            <translation>Yes (appointed)</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>Deactivated</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>Active</translation>
        </message>
    </context>
    <context>
        <name>UsersPage</name>
        <message>
            <source>Reset password…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>Change role</translation>
        </message>
        <message>
            <source>Deactivate…</source>
            <translation>Deactivate…</translation>
        </message>
        <message>
            <source>Appoint / end: responsible person for posts</source>
            <translation>Appoint / end: responsible person for posts</translation>
        </message>
        <message>
            <source>Deactivating a user removes their key slot and changes the office key, so a copy of their old key file opens nothing; their records stay. Backups made before still open with their old password.</source>
            <translation>Deactivating a user removes their key slot and changes the office key, so a copy of their old key file opens nothing; their records stay. Backups made before still open with their old password.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>&amp;New user…</source>
            <translation>&amp;New user…</translation>
        </message>
        <message>
            <source>Posts can be approved by %1 manager(s) and %2 appointed responsible person(s); a post needs an approver other than its author, so some posts cannot be approved now. Appoint a responsible person for posts: choose an advisor in the list and click "Appoint / end: responsible person for posts". Or make someone a manager with "Change role".</source>
            <translation>Posts can be approved by %1 manager(s) and %2 appointed responsible person(s); a post needs an approver other than its author, so some posts cannot be approved now. Appoint a responsible person for posts: choose an advisor in the list and click "Appoint / end: responsible person for posts". Or make someone a manager with "Change role".</translation>
        </message>
        <message>
            <source>Deactivate user</source>
            <translation>Deactivate user</translation>
        </message>
        <message>
            <source>Deactivate %1? They can no longer log in; their history is kept.</source>
            <translation>Deactivate %1? They can no longer log in; their history is kept.</translation>
        </message>
    </context>
    <context>
        <name>Violations</name>
        <message>
            <source>Data lost or misplaced</source>
            <translation>Data lost or misplaced</translation>
        </message>
        <message>
            <source>Sent or handed to the wrong recipient</source>
            <translation>Sent or handed to the wrong recipient</translation>
        </message>
        <message>
            <source>Unauthorised access</source>
            <translation>Unauthorised access</translation>
        </message>
        <message>
            <source>E-mail sent without consent</source>
            <translation>E-mail sent without consent</translation>
        </message>
        <message>
            <source>Other breach of the manual</source>
            <translation>Other breach of the manual</translation>
        </message>
        <message>
            <source>E-mail addresses</source>
            <translation>E-mail addresses</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Phone numbers</source>
            <translation>Phone numbers</translation>
        </message>
        <message>
            <source>Postal addresses</source>
            <translation>Postal addresses</translation>
        </message>
        <message>
            <source>Consent records</source>
            <translation>Consent records</translation>
        </message>
        <message>
            <source>Login IDs or passwords</source>
            <translation>Login IDs or passwords</translation>
        </message>
        <message>
            <source>Card or bank details</source>
            <translation>Card or bank details</translation>
        </message>
        <message>
            <source>Sensitive information (health, beliefs, criminal record…)</source>
            <translation>Sensitive information (health, beliefs, criminal record…)</translation>
        </message>
        <message>
            <source>Other data</source>
            <translation>Other data</translation>
        </message>
        <message>
            <source>It involves sensitive personal information (要配慮個人情報).</source>
            <translation>It involves sensitive personal information (要配慮個人情報).</translation>
        </message>
        <message>
            <source>Misuse of the data could cause financial harm (e.g. card numbers, login passwords).</source>
            <translation>Misuse of the data could cause financial harm (e.g. card numbers, login passwords).</translation>
        </message>
        <message>
            <source>It may have been done for an unlawful purpose (e.g. unauthorised access, theft by staff).</source>
            <translation>It may have been done for an unlawful purpose (e.g. unauthorised access, theft by staff).</translation>
        </message>
        <message>
            <source>More than 1,000 people are or may be affected.</source>
            <translation>More than 1,000 people are or may be affected.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Reported to the PPC</source>
            <translation>Reported to the PPC</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Closed</translation>
        </message>
        <message>
            <source>Preliminary report (速報)</source>
            <translation>Preliminary report (速報)</translation>
        </message>
        <message>
            <source>Final report (確報)</source>
            <translation>Final report (確報)</translation>
        </message>
        <message>
            <source>1. Summary</source>
            <extracomment>The nine items a report to the PPC gives (PPC Rules Art. 8(1)), in the form's order.</extracomment>
            <translation>1. Summary</translation>
        </message>
        <message>
            <source>2. Kinds of personal data</source>
            <translation>2. Kinds of personal data</translation>
        </message>
        <message>
            <source>3. Number of people</source>
            <translation>3. Number of people</translation>
        </message>
        <message>
            <source>4. Cause</source>
            <translation>4. Cause</translation>
        </message>
        <message>
            <source>5. Secondary harm, or the risk of it</source>
            <translation>5. Secondary harm, or the risk of it</translation>
        </message>
        <message>
            <source>6. What was done for the people affected</source>
            <translation>6. What was done for the people affected</translation>
        </message>
        <message>
            <source>7. Public announcement</source>
            <translation>7. Public announcement</translation>
        </message>
        <message>
            <source>8. Measures against recurrence</source>
            <translation>8. Measures against recurrence</translation>
        </message>
        <message>
            <source>9. Other useful information</source>
            <translation>9. Other useful information</translation>
        </message>
        <message>
            <source>Choose what happened.</source>
            <translation>Choose what happened.</translation>
        </message>
        <message>
            <source>Describe what happened.</source>
            <translation>Describe what happened.</translation>
        </message>
        <message>
            <source>The description is too long (at most %1 characters).</source>
            <translation>The description is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The text is too long (at most %1 characters).</source>
            <translation>The text is too long (at most %1 characters).</translation>
        </message>
        <message>
            <source>The time it was noticed cannot be in the future.</source>
            <translation>The time it was noticed cannot be in the future.</translation>
        </message>
        <message>
            <source>The time it happened cannot be in the future.</source>
            <translation>The time it happened cannot be in the future.</translation>
        </message>
        <message>
            <source>It cannot have happened after it was noticed.</source>
            <translation>It cannot have happened after it was noticed.</translation>
        </message>
        <message>
            <source>Enter the number of people affected as a whole number from 0 to %1, or leave it empty if unknown.</source>
            <translation>Enter the number of people affected as a whole number from 0 to %1, or leave it empty if unknown.</translation>
        </message>
        <message>
            <source>Choose the kinds of data from the list.</source>
            <translation>Choose the kinds of data from the list.</translation>
        </message>
        <message>
            <source>Choose a status.</source>
            <translation>Choose a status.</translation>
        </message>
        <message>
            <source>The preliminary report cannot be dated before the day the case was noticed (%1).</source>
            <translation>The preliminary report cannot be dated before the day the case was noticed (%1).</translation>
        </message>
        <message>
            <source>The preliminary report cannot be dated in the future.</source>
            <translation>The preliminary report cannot be dated in the future.</translation>
        </message>
        <message>
            <source>The final report cannot be dated before the day the case was noticed (%1).</source>
            <translation>The final report cannot be dated before the day the case was noticed (%1).</translation>
        </message>
        <message>
            <source>The final report cannot be dated in the future.</source>
            <translation>The final report cannot be dated in the future.</translation>
        </message>
        <message>
            <source>The people affected cannot have been told before the day the case was noticed (%1).</source>
            <translation>The people affected cannot have been told before the day the case was noticed (%1).</translation>
        </message>
        <message>
            <source>The day the people affected were told cannot be in the future.</source>
            <translation>The day the people affected were told cannot be in the future.</translation>
        </message>
        <message>
            <source>Write a closing note (what was found and what was done) before closing the case.</source>
            <translation>Write a closing note (what was found and what was done) before closing the case.</translation>
        </message>
        <message>
            <source>A report to the PPC may be needed: enter the date of the final report before closing the case. If no report is needed (e.g. the data was strongly encrypted), correct the facts first.</source>
            <translation>A report to the PPC may be needed: enter the date of the final report before closing the case. If no report is needed (e.g. the data was strongly encrypted), correct the facts first.</translation>
        </message>
        <message>
            <source>This case is closed. Reopen it to change it.</source>
            <translation>This case is closed. Reopen it to change it.</translation>
        </message>
    </context>
    <context>
        <name>ViolationsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Noticed</source>
            <translation>Noticed</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>PPC report</source>
            <translation>PPC report</translation>
        </message>
        <message>
            <source>Next deadline</source>
            <translation>Next deadline</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>unknown</source>
            <translation>unknown</translation>
        </message>
        <message>
            <source>May be needed</source>
            <translation>May be needed</translation>
        </message>
        <message>
            <source>Exemption may apply</source>
            <translation>Exemption may apply</translation>
        </message>
    </context>
    <context>
        <name>ViolationsPage</name>
        <message>
            <source>Known:</source>
            <translation>Known:</translation>
        </message>
        <message>
            <source>Leave empty if not known</source>
            <translation>Leave empty if not known</translation>
        </message>
        <message>
            <source>Sensitive personal information (要配慮個人情報) is involved</source>
            <translation>Sensitive personal information (要配慮個人情報) is involved</translation>
        </message>
        <message>
            <source>Misuse could cause financial harm</source>
            <translation>Misuse could cause financial harm</translation>
        </message>
        <message>
            <source>It may have been done on purpose (theft, unauthorised access)</source>
            <translation>It may have been done on purpose (theft, unauthorised access)</translation>
        </message>
        <message>
            <source>The data was strongly encrypted and the key is safe</source>
            <translation>The data was strongly encrypted and the key is safe</translation>
        </message>
        <message>
            <source>Report a violation</source>
            <translation>Report a violation</translation>
        </message>
        <message>
            <source>OVERDUE: %1 was due by %2</source>
            <translation>OVERDUE: %1 was due by %2</translation>
        </message>
        <message>
            <source>%1 by %2</source>
            <translation>%1 by %2</translation>
        </message>
        <message>
            <source>Report a violation…</source>
            <translation>Report a violation…</translation>
        </message>
        <message>
            <source>Open cases</source>
            <translation>Open cases</translation>
        </message>
        <message>
            <source>All cases</source>
            <translation>All cases</translation>
        </message>
        <message>
            <source>Reports of breaches of the manual and possible leaks, filed by staff (seed rule: report at once to the privacy officer). Deadlines count the day the case was noticed as day 1.</source>
            <translation>Reports of breaches of the manual and possible leaks, filed by staff (seed rule: report at once to the privacy officer). Deadlines count the day the case was noticed as day 1.</translation>
        </message>
        <message>
            <source>Facts</source>
            <translation>Facts</translation>
        </message>
        <message>
            <source>What happened:</source>
            <translation>What happened:</translation>
        </message>
        <message>
            <source>Noticed at:</source>
            <translation>Noticed at:</translation>
        </message>
        <message>
            <source>Happened at:</source>
            <translation>Happened at:</translation>
        </message>
        <message>
            <source>People affected:</source>
            <translation>People affected:</translation>
        </message>
        <message>
            <source>Data involved:</source>
            <translation>Data involved:</translation>
        </message>
        <message>
            <source>What is known:</source>
            <translation>What is known:</translation>
        </message>
        <message>
            <source>Analysis and measures</source>
            <translation>Analysis and measures</translation>
        </message>
        <message>
            <source>Cause:</source>
            <translation>Cause:</translation>
        </message>
        <message>
            <source>Secondary harm, or the risk of it:</source>
            <translation>Secondary harm, or the risk of it:</translation>
        </message>
        <message>
            <source>Done for the people affected, public announcement:</source>
            <translation>Done for the people affected, public announcement:</translation>
        </message>
        <message>
            <source>Measures against recurrence:</source>
            <translation>Measures against recurrence:</translation>
        </message>
        <message>
            <source>Reports and notification</source>
            <translation>Reports and notification</translation>
        </message>
        <message>
            <source>Made on:</source>
            <translation>Made on:</translation>
        </message>
        <message>
            <source>Told on:</source>
            <translation>Told on:</translation>
        </message>
        <message>
            <source>Preliminary report to the PPC:</source>
            <translation>Preliminary report to the PPC:</translation>
        </message>
        <message>
            <source>Final report to the PPC:</source>
            <translation>Final report to the PPC:</translation>
        </message>
        <message>
            <source>People affected told:</source>
            <translation>People affected told:</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Close the case…</source>
            <translation>Close the case…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Reopen</translation>
        </message>
        <message>
            <source>%1 shown, %2 overdue</source>
            <translation>%1 shown, %2 overdue</translation>
        </message>
        <message>
            <source>No case selected</source>
            <translation>No case selected</translation>
        </message>
        <message>
            <source>Select a case in the list.</source>
            <translation>Select a case in the list.</translation>
        </message>
        <message>
            <source>Case #%1 — %2</source>
            <translation>Case #%1 — %2</translation>
        </message>
        <message>
            <source>Filed by %1 on %2. Noticed %3 (day 1 of the deadlines).</source>
            <translation>Filed by %1 on %2. Noticed %3 (day 1 of the deadlines).</translation>
        </message>
        <message>
            <source>Closing note: %1</source>
            <translation>Closing note: %1</translation>
        </message>
        <message>
            <source>A report to the Personal Information Protection Commission (PPC) may be needed:</source>
            <translation>A report to the Personal Information Protection Commission (PPC) may be needed:</translation>
        </message>
        <message>
            <source>Preliminary report: aim for %1, at the latest %2. Final report: by %3 (%4 days).</source>
            <translation>Preliminary report: aim for %1, at the latest %2. Final report: by %3 (%4 days).</translation>
        </message>
        <message>
            <source>Tell the people affected promptly, and record the date.</source>
            <translation>Tell the people affected promptly, and record the date.</translation>
        </message>
        <message>
            <source>Report items still to answer: %1</source>
            <translation>Report items still to answer: %1</translation>
        </message>
        <message>
            <source>The data was strongly encrypted and the key is safe, so the exemption from reporting may apply. Record the reasons in the closing note.</source>
            <translation>The data was strongly encrypted and the key is safe, so the exemption from reporting may apply. Record the reasons in the closing note.</translation>
        </message>
        <message>
            <source>From what is recorded, no report to the PPC is needed. Check the facts, and analyse the case and prevent it happening again.</source>
            <translation>From what is recorded, no report to the PPC is needed. Check the facts, and analyse the case and prevent it happening again.</translation>
        </message>
        <message>
            <source>The number of people is not known yet: more than 1,000 people needs a report.</source>
            <translation>The number of people is not known yet: more than 1,000 people needs a report.</translation>
        </message>
        <message>
            <source>OVERDUE: %1.</source>
            <translation>OVERDUE: %1.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Saved.</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>Close the case</translation>
        </message>
        <message>
            <source>Close case #%1. Write what was found and what was done, including any disciplinary step under the office rules.</source>
            <translation>Close case #%1. Write what was found and what was done, including any disciplinary step under the office rules.</translation>
        </message>
        <message>
            <source>The case was closed.</source>
            <translation>The case was closed.</translation>
        </message>
        <message>
            <source>The case was reopened.</source>
            <translation>The case was reopened.</translation>
        </message>
        <message>
            <source>Violation reports: %1 case(s) have a report to the PPC past its deadline (Administration → Violation reports).</source>
            <translation>Violation reports: %1 case(s) have a report to the PPC past its deadline (Administration → Violation reports).</translation>
        </message>
        <message>
            <source>Violation reports</source>
            <translation>Violation reports</translation>
        </message>
    </context>
    <context>
        <name>WordLists</name>
        <message>
            <source>Word-list category %1: a source needs exactly file, line and quote.</source>
            <translation>Word-list category %1: a source needs exactly file, line and quote.</translation>
        </message>
        <message>
            <source>Word-list category %1: a source needs a file name, a line number from 1 and a quote.</source>
            <translation>Word-list category %1: a source needs a file name, a line number from 1 and a quote.</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 must be a list of strings.</source>
            <translation>Word-list category %1: %2 must be a list of strings.</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 has an empty entry.</source>
            <translation>Word-list category %1: %2 has an empty entry.</translation>
        </message>
        <message>
            <source>Unknown word-list category: %1</source>
            <translation>Unknown word-list category: %1</translation>
        </message>
        <message>
            <source>Category %1 is detected by the program and cannot have a word list.</source>
            <translation>Category %1 is detected by the program and cannot have a word list.</translation>
        </message>
        <message>
            <source>Word-list category %1 must be a table.</source>
            <translation>Word-list category %1 must be a table.</translation>
        </message>
        <message>
            <source>Word-list category %1: missing field %2.</source>
            <translation>Word-list category %1: missing field %2.</translation>
        </message>
        <message>
            <source>Word-list category %1: unknown field %2.</source>
            <translation>Word-list category %1: unknown field %2.</translation>
        </message>
        <message>
            <source>Word-list category %1: %2 must be a non-empty text.</source>
            <translation>Word-list category %1: %2 must be a non-empty text.</translation>
        </message>
        <message>
            <source>Word-list category %1: severity must be low, medium or high.</source>
            <translation>Word-list category %1: severity must be low, medium or high.</translation>
        </message>
        <message>
            <source>Word-list category %1: see_also must be a list of sources.</source>
            <translation>Word-list category %1: see_also must be a list of sources.</translation>
        </message>
        <message>
            <source>A word-list document must be a table.</source>
            <translation>A word-list document must be a table.</translation>
        </message>
        <message>
            <source>Unknown key in a word list: %1</source>
            <translation>Unknown key in a word list: %1</translation>
        </message>
        <message>
            <source>Unsupported word-list schema: %1</source>
            <translation>Unsupported word-list schema: %1</translation>
        </message>
        <message>
            <source>A word list needs a [categories] table.</source>
            <translation>A word list needs a [categories] table.</translation>
        </message>
        <message>
            <source>Word-list category %1 is defined more than once.</source>
            <translation>Word-list category %1 is defined more than once.</translation>
        </message>
        <message>
            <source>Choose a severity: low, medium or high.</source>
            <translation>Choose a severity: low, medium or high.</translation>
        </message>
        <message>
            <source>A word list needs at least one word or phrase. Screening of this category would stop.</source>
            <translation>A word list needs at least one word or phrase. Screening of this category would stop.</translation>
        </message>
        <message>
            <source>A word list may hold at most %1 entries.</source>
            <translation>A word list may hold at most %1 entries.</translation>
        </message>
        <message>
            <source>An entry may be at most %1 characters long.</source>
            <translation>An entry may be at most %1 characters long.</translation>
        </message>
    </context>
    <context>
        <name>WordListsTab</name>
        <message>
            <source>Severity:</source>
            <translation>Severity:</translation>
        </message>
        <message>
            <source>Words and phrases (one per line; width, kana and case do not matter):</source>
            <translation>Words and phrases (one per line; width, kana and case do not matter):</translation>
        </message>
        <message>
            <source>Allowed phrases (a listed word inside one of these is not flagged):</source>
            <translation>Allowed phrases (a listed word inside one of these is not flagged):</translation>
        </message>
        <message>
            <source>Save list</source>
            <translation>Save list</translation>
        </message>
        <message>
            <source>Restore the shipped list</source>
            <translation>Restore the shipped list</translation>
        </message>
        <message>
            <source>%1 (changed)</source>
            <translation>%1 (changed)</translation>
        </message>
        <message>
            <source>Changed by a manager on %1.</source>
            <translation>Changed by a manager on %1.</translation>
        </message>
        <message>
            <source>The shipped list.</source>
            <translation>The shipped list.</translation>
        </message>
        <message>
            <source>%1 — %2. %3 %4 words, %5 allowed phrases.</source>
            <translation>%1 — %2. %3 %4 words, %5 allowed phrases.</translation>
        </message>
        <message>
            <source>The word list was saved. Screening uses it from now on.</source>
            <translation>The word list was saved. Screening uses it from now on.</translation>
        </message>
        <message>
            <source>The shipped list is used again.</source>
            <translation>The shipped list is used again.</translation>
        </message>
    </context>
    <context>
        <name>YearlyReview</name>
        <message>
            <source>The manual's rules</source>
            <translation>The manual's rules</translation>
        </message>
        <message>
            <source>The consent scripts</source>
            <translation>The consent scripts</translation>
        </message>
        <message>
            <source>The screening word lists</source>
            <translation>The screening word lists</translation>
        </message>
        <message>
            <source>Write a note of what was checked (at most 1000 characters).</source>
            <translation>Write a note of what was checked (at most 1000 characters).</translation>
        </message>
    </context>
    <context>
        <name>YearlyReviewDialog</name>
        <message>
            <source>Yearly review</source>
            <translation>Yearly review</translation>
        </message>
        <message>
            <source>At least once a year, check that the manual's rules, the consent scripts and the screening word lists are still correct, and record what you checked.</source>
            <translation>At least once a year, check that the manual's rules, the consent scripts and the screening word lists are still correct, and record what you checked.</translation>
        </message>
        <message>
            <source>Reviewed:</source>
            <translation>Reviewed:</translation>
        </message>
        <message>
            <source>What was checked:</source>
            <translation>What was checked:</translation>
        </message>
        <message>
            <source>Record the review</source>
            <translation>Record the review</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>%1: no review recorded yet (in use since %2).</source>
            <translation>%1: no review recorded yet (in use since %2).</translation>
        </message>
        <message>
            <source>%1: last reviewed %2 by %3. Note: %4</source>
            <translation>%1: last reviewed %2 by %3. Note: %4</translation>
        </message>
        <message>
            <source>%1 Over a year ago: review it now.</source>
            <translation>%1 Over a year ago: review it now.</translation>
        </message>
        <message>
            <source>Review recorded.</source>
            <translation>Review recorded.</translation>
        </message>
    </context>
</TS>
