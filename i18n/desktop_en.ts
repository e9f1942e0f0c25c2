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
        <name>Address</name>
        <message>
            <source>au mail addresses end in au.com (since 2018) or in ezweb.ne.jp. Ask the caller which one is theirs.</source>
            <extracomment>Domains we suggest towards, in priority order (ties go to the earlier one). The Japanese list follows azooKey's candidates (features.md §5) and adds common international providers so that they are recognised and never "corrected". Misspellings heard on the phone that edit distance alone misses or gets wrong (wrong second-level domain, romaji spellings), features.md §5. Suffixes under which people register names, longest first so ``ne.jp`` beats ``jp``. Top-level domain typos fixed when the rest of the domain is left untouched. Mobile-carrier domains that issued RFC-violating local parts before 2009. Carrier mailboxes that often block mail from computers (ドメイン指定受信).</extracomment>
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
    </context>
    <context>
        <name>Channel</name>
        <message>
            <source>Phone</source>
            <extracomment>Version of the rules implemented here; stored with every eligibility decision/export.</extracomment>
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
        <name>ConfirmPasswordDialog</name>
        <message>
            <source>Confirm your password</source>
            <translation>Confirm your password</translation>
        </message>
        <message>
            <source>This action needs your password again.</source>
            <translation>This action needs your password again.</translation>
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
            <source>The personal data has been deleted.</source>
            <translation>The personal data has been deleted.</translation>
        </message>
        <message>
            <source>The e-mail address is not valid.</source>
            <translation>The e-mail address is not valid.</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong. Nothing was saved. The details are in the log file.</source>
            <translation>Something went wrong. Nothing was saved. The details are in the log file.</translation>
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
            <source>Demo office: these accounts exist only in this throw-away office.</source>
            <translation>Demo office: these accounts exist only in this throw-away office.</translation>
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
            <source>Office: %1 | User: %2 | Role: %3</source>
            <translation>Office: %1 | User: %2 | Role: %3</translation>
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
        <name>Scopes</name>
        <message>
            <source>(a) Content already published on the homepage</source>
            <translation>(a) Content already published on the homepage</translation>
        </message>
        <message>
            <source>The address (URL) of the page on the organisation's own site</source>
            <translation>The address (URL) of the page on the organisation's own site</translation>
        </message>
        <message>
            <source>(b) Facts about an event (how it went, results)</source>
            <translation>(b) Facts about an event (how it went, results)</translation>
        </message>
        <message>
            <source>The event: its name and date</source>
            <translation>The event: its name and date</translation>
        </message>
        <message>
            <source>(c) An established procedure</source>
            <translation>(c) An established procedure</translation>
        </message>
        <message>
            <source>The reference of the procedure (document, page or number)</source>
            <translation>The reference of the procedure (document, page or number)</translation>
        </message>
        <message>
            <source>(d) A confirmed question and answer</source>
            <translation>(d) A confirmed question and answer</translation>
        </message>
        <message>
            <source>The entry in the confirmed Q&amp;A document</source>
            <translation>The entry in the confirmed Q&amp;A document</translation>
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
            <source>The evidence the scope requires is missing.</source>
            <translation>The evidence the scope requires is missing.</translation>
        </message>
        <message>
            <source>Published content needs the address of the page on the organisation's own site as evidence (https://… on one of its own domains).</source>
            <translation>Published content needs the address of the page on the organisation's own site as evidence (https://… on one of its own domains).</translation>
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
            <source>New user…</source>
            <translation>New user…</translation>
        </message>
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
            <source>Deactivating a user removes their key slot; their records stay. Older backups still open with their old password until the office key is changed.</source>
            <translation>Deactivating a user removes their key slot; their records stay. Older backups still open with their old password until the office key is changed.</translation>
        </message>
        <message>
            <source>Users</source>
            <translation>Users</translation>
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
    </context>
</TS>
