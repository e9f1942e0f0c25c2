; Inno Setup 6 script for Madoguchi: a per-user install that needs no administrator rights.
;
; installer/build.py runs it after the PyInstaller build when iscc is found:
;   iscc /DAppVersion=0.1.0 /DSourceDir=dist\madoguchi /DIconFile=build\installer\stage\icons\madoguchi.ico /Odist installer\windows\madoguchi.iss
; AppVersion comes from pyproject.toml ([project] version); the script refuses to build without it.
;
; Install:   %LOCALAPPDATA%\Programs\Madoguchi (no UAC prompt), Start-menu entry, optional desktop icon.
; Upgrade:   run the newer setup; same AppId, the old program files are replaced. The office database
;            is migrated when the new version first opens it (a backup copy is written first).
; Uninstall: removes the program only. The office data (%LOCALAPPDATA%\Madoguchi\Madoguchi by default)
;            and the settings/logs stay, and the uninstaller says so.

#ifndef AppVersion
  #error "Pass the version from pyproject.toml: iscc /DAppVersion=<version> installer\windows\madoguchi.iss (installer/build.py does)"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\madoguchi"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\installer\stage\icons\madoguchi.ico"
#endif

#define AppName "Madoguchi"
#define AppExe "Madoguchi.exe"

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installed copy by it.
AppId={{6F1C2D5E-8A47-4B3B-9D2E-5C0A7E9B41D3}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Madoguchi
; Per-user install, no administrator rights: {autopf} is %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
; An open Madoguchi is closed (it locks the office on close) before files are replaced.
CloseApplications=yes
RestartApplications=no
; Output next to the bundle (build.py also passes /O<dist>).
OutputDir=..\..\dist
OutputBaseFilename=Madoguchi-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole bundle, so libraries an older version shipped do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[CustomMessages]
ja.AppComment=連絡先・同意の管理、SNS投稿の承認、書き出し、研修
en.AppComment=Consent-aware address book, SNS post approval, exports and training
ja.DataKept=Madoguchi のプログラムを削除しました。%n%n事務所のデータ（暗号化されたデータベース、バックアップ）は削除していません。既定の場所:%n%1%n%n設定とログもそのフォルダーに残っています。不要になった場合は、データを書き出したうえでフォルダーを手動で削除してください。再インストールすると、そのまま同じデータを開けます。
en.DataKept=Madoguchi has been removed.%n%nThe office data (the encrypted database and its backups) was NOT removed. Default location:%n%1%n%nThe settings and logs are in that folder too. If you no longer need them, export what you must keep and delete the folder yourself. Reinstalling opens the same data again.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent() then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\Madoguchi\Madoguchi')]),
      mbInformation, MB_OK);
end;
