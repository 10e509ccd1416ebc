; Inno Setup script: installs the PyInstaller folder built by packaging/build.py.
; Build on Windows with: iscc packaging\windows\installer.iss
#define AppName "协商议事台账"
#define AppVersion "0.1.0"

[Setup]
AppId={{6B0E7A1C-3F2D-4C55-9A8E-2E1B7C4D9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Consultation Ledger
DefaultDirName={autopf}\ConsultationLedger
DefaultGroupName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename=consultation-ledger-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Files]
Source: "..\..\dist\consultation-ledger\*"; DestDir: "{app}"; Flags: recursesubdirs createallsubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\consultation-ledger.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\consultation-ledger.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "创建桌面快捷方式"; Flags: unchecked

[Run]
Filename: "{app}\consultation-ledger.exe"; Description: "运行{#AppName}"; Flags: nowait postinstall skipifsilent
