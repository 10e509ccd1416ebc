; Inno Setup 6 script: installs the PyInstaller folder built by packaging/build.py (64-bit Windows).
; The version comes from the package metadata; packaging/build.py passes it:
;   python packaging\build.py --installer
; or by hand:  iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 packaging\windows\installer.iss
; Step by step: packaging/README.md.
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z /DAppNumericVersion=X.Y.Z.0 installer.iss (packaging\build.py --installer does)
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion AppVersion + ".0"
#endif
#define AppName "协商议事台账"
#define AppExe "consultation-ledger.exe"
#define Bundle "..\..\dist\consultation-ledger"

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{6B0E7A1C-3F2D-4C55-9A8E-2E1B7C4D9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=协商议事台账
VersionInfoVersion={#AppNumericVersion}
VersionInfoProductVersion={#AppNumericVersion}
VersionInfoProductTextVersion={#AppVersion}
VersionInfoDescription={#AppName} 安装程序
DefaultDirName={autopf}\ConsultationLedger
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
OutputDir=..\..\dist
OutputBaseFilename=consultation-ledger-{#AppVersion}-setup-x64
SetupIconFile=..\..\app\resources\icons\consultation-ledger.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
; 64-bit only: installs under "Program Files", not "Program Files (x86)".
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
Compression=lzma2/max
SolidCompression=yes
; Per-user install without administrator rights, or for everyone when the user chooses it.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
; An open ledger window is closed (and reopened) by the Restart Manager before its files are replaced.
CloseApplications=yes
RestartApplications=yes

[Languages]
; Default.isl first: a message a newer Inno Setup adds still has its English text.
Name: "chinesesimplified"; MessagesFile: "compiler:Default.isl,ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; Upgrade clean-up: the previous version's libraries go before the new ones are copied, so no module of
; an older release is left beside the new executables. The ledger itself lives in the user's data
; folder (%LOCALAPPDATA%\consultation-ledger) and is never touched.
Type: filesandordirs; Name: "{app}\_internal"
Type: files; Name: "{app}\consultation-ledger.exe"
Type: files; Name: "{app}\consultation-ledger-cli.exe"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; IconFilename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Byte-code caches written next to the program at run time.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
