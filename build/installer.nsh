; The per-machine ledger lives in ProgramData\Rokad (electron/core/app/dataFolders.ts). A folder
; made there by one login is read-only for the others, so the installer makes it and lets the
; PC's Users (S-1-5-32-545, whatever Windows' language calls them) change what is in it. The
; uninstaller leaves it alone: the ledger and its backups outlive any uninstall.
!macro customInstall
  CreateDirectory "$COMMONAPPDATA\Rokad"
  nsExec::ExecToLog 'icacls "$COMMONAPPDATA\Rokad" /grant *S-1-5-32-545:(OI)(CI)M /T /C'
!macroend
