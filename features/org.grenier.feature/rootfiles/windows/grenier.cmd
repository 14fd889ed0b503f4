@echo off
rem Grenier launcher for Windows (the native Eclipse launcher is not on Maven Central).
rem No argument opens the workbench; any argument runs the command line, e.g. grenier help.
rem Environment: GRENIER_JAVA (a Java 25 or newer), GRENIER_HEAP (default 2g), GRENIER_DATA (the data folder),
rem GRENIER_CDS=off (no class archive).
setlocal
set "HERE=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if defined GRENIER_JAVA set "JAVA=%GRENIER_JAVA%"
if not defined GRENIER_HEAP set "GRENIER_HEAP=2g"
if not defined GRENIER_DATA set "GRENIER_DATA=%APPDATA%\Grenier"
rem Smile 6 is built for Java 25: say so plainly rather than fail with a class version error.
"%JAVA%" -version 2>&1 | findstr /r /c:"version \"2[5-9]" /c:"version \"[3-9][0-9]" >nul
if errorlevel 1 (
  echo grenier: Java 25 or newer is needed. Install a JDK 25 and set GRENIER_JAVA to its bin\java.exe. 1>&2
  exit /b 1
)
for %%f in ("%HERE%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~f"
set JVM=--enable-native-access=ALL-UNNAMED -Djava.awt.headless=true -Xmx%GRENIER_HEAP% -Dorg.slf4j.simpleLogger.defaultLogLevel=warn "-Dgrenier.data=%GRENIER_DATA%"
rem The workbench's G1 aims at 50 ms pauses so that the window never freezes; the command line keeps G1's defaults,
rem which suit batch work such as an import.
set WORKBENCH_JVM=-XX:MaxGCPauseMillis=50 -Xms64m
rem Class data sharing: a cache of the classes a session loaded, written as the first session ends, so that later
rem starts come up sooner; Java remakes it when it no longer fits. GRENIER_CDS=off starts without it.
set "CDS="
set "CDS_CLI="
set "CDS_WORKBENCH="
if not "%GRENIER_CDS%"=="off" if defined LOCALAPPDATA (
  if not exist "%LOCALAPPDATA%\Grenier" mkdir "%LOCALAPPDATA%\Grenier" 2>nul
  if exist "%LOCALAPPDATA%\Grenier" set CDS=-XX:+AutoCreateSharedArchive "-Xlog:cds*=off"
  if exist "%LOCALAPPDATA%\Grenier" set CDS_CLI="-XX:SharedArchiveFile=%LOCALAPPDATA%\Grenier\command-line.jsa"
  if exist "%LOCALAPPDATA%\Grenier" set CDS_WORKBENCH="-XX:SharedArchiveFile=%LOCALAPPDATA%\Grenier\workbench.jsa"
)
if "%~1"=="" goto workbench
"%JAVA%" %JVM% %CDS% %CDS_CLI% -jar "%LAUNCHER%" -consoleLog -application org.grenier.cli.app -data "%GRENIER_DATA%\workspace" -nosplash %*
exit /b %ERRORLEVEL%
rem Exit code 23 is the workbench asking to be restarted (after a change of language, say): start it again.
:workbench
"%JAVA%" %JVM% %WORKBENCH_JVM% %CDS% %CDS_WORKBENCH% -jar "%LAUNCHER%" -consoleLog -product org.grenier.app.product -data "%GRENIER_DATA%\workspace"
if %ERRORLEVEL%==23 goto workbench
exit /b %ERRORLEVEL%
