<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/core/AppSettings.cpp" line="+66"/>
        <source>Type the registry&apos;s address with http:// or https://, for example https://mirror.example.com.</source>
        <translation>Geben Sie die Adresse der Registry mit http:// oder https:// ein, zum Beispiel https://mirror.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registry is reached over http:// or https://, not %1://.</source>
        <translation>Eine Registry wird über http:// oder https:// erreicht, nicht über %1://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no host name.</source>
        <translation>Die Adresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out everything after ? or #: the app adds the registry&apos;s own paths.</source>
        <translation>Lassen Sie alles nach ? oder # weg: Die App ergänzt die Pfade der Registry selbst.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../app/backup/BackupSteps.cpp" line="+48"/>
        <source>The database container of %1 does not exist. Start the instance once, then try again.</source>
        <translation>Der Datenbank-Container von %1 existiert nicht. Starten Sie die Instanz einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/backup/DatabaseDump.cpp" line="+102"/>
        <source>Backups of instances on %1 are not supported yet: back up the database with its own tools (SQLite, PostgreSQL, MySQL and MariaDB are supported).</source>
        <translation>Sicherungen von Instanzen auf %1 werden noch nicht unterstützt: Sichern Sie die Datenbank mit ihren eigenen Werkzeugen (unterstützt werden SQLite, PostgreSQL, MySQL und MariaDB).</translation>
    </message>
    <message>
        <location filename="../app/backup/HelperContainer.cpp" line="+54"/>
        <source>The helper container that prepares the files exited with %1.</source>
        <translation>Der Hilfscontainer, der die Dateien vorbereitet, wurde mit %1 beendet.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+50"/>
        <source>No instance named &quot;%1&quot;. `%2 list` shows the instances.</source>
        <translation>Keine Instanz namens „%1“. `%2 list` zeigt die Instanzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+91"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="+86"/>
        <source>Engine: %1 (API %2%3)</source>
        <translation>Engine: %1 (API %2%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+73"/>
        <source>Usage: %1 export NAME [--dir DIR] [--with-secrets]</source>
        <translation>Aufruf: %1 export NAME [--dir DIR] [--with-secrets]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (only you can read it: it holds the secrets)</source>
        <translation>%1 geschrieben (nur Sie können die Datei lesen: sie enthält die Geheimnisse)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are ${VAR} references: put them in a .env beside the file, or export again with --with-secrets.</source>
        <translation>Geheimnisse sind ${VAR}-Verweise: Legen Sie sie in eine .env-Datei neben der Datei, oder exportieren Sie erneut mit --with-secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run it with: docker compose -p %1 up -d</source>
        <translation>Starten mit: docker compose -p %1 up -d</translation>
    </message>
    <message>
        <location filename="../app/cli/InstanceOverview.cpp" line="+68"/>
        <source>unknown (engine unreachable)</source>
        <translation>unbekannt (Engine nicht erreichbar)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not created</source>
        <translation>nicht erstellt</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No Docker engine answered.</source>
        <translation>Keine Docker-Engine hat geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+24"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(adopted)</source>
        <translation>(übernommen)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown option for list: %1</source>
        <translation>Unbekannte Option für list: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No instances yet.</source>
        <translation>Noch keine Instanzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogsCommand.cpp" line="+50"/>
        <source>--tail needs a number of lines or &quot;all&quot;.</source>
        <translation>--tail erwartet eine Zeilenzahl oder „all“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: %1 logs NAME [-f] [--tail N] [--service S] [--timestamps]</source>
        <translation>Aufruf: %1 logs NAME [-f] [--tail N] [--service S] [--timestamps]</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+146"/>
        <source>No instance or stack named &quot;%1&quot;. `%2 list` shows them.</source>
        <translation>Keine Instanz und kein Stack namens „%1“. `%2 list` zeigt sie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has no Directus container on the engine; start or create it first.</source>
        <translation>„%1“ hat keinen Directus-Container auf der Engine; starten oder erstellen Sie die Instanz zuerst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no container for the service &quot;%2&quot;.</source>
        <translation>„%1“ hat keinen Container für den Dienst „%2“.</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-66"/>
        <source>(adopted: made outside Directus Desktop)</source>
        <translation>(übernommen: außerhalb von Directus Desktop erstellt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus:</source>
        <translation>Directus:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>folder %1</source>
        <translation>Ordner %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>named volume</source>
        <translation>benanntes Volume</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploads:</source>
        <translation>Uploads:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite database:</source>
        <translation>SQLite-Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Containers:</source>
        <translation>Container:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1:%2 -&gt; %3/%4</source>
        <translation>Port %1:%2 -&gt; %3/%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Usage: %1 status NAME [--json]</source>
        <translation>Aufruf: %1 status NAME [--json]</translation>
    </message>
</context>
<context>
    <name>Docker</name>
    <message>
        <location filename="../app/docker/EngineCall.cpp" line="+69"/>
        <location line="+40"/>
        <location line="+20"/>
        <location filename="../app/docker/ExecJob.cpp" line="+110"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Docker engine at %1 did not answer in time. It may be overloaded or stuck; try again, or restart Docker.</source>
        <translation>Die Docker-Engine unter %1 hat nicht rechtzeitig geantwortet. Sie ist vielleicht überlastet oder hängt; versuchen Sie es erneut oder starten Sie Docker neu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the Docker engine at %1 was lost (%2).</source>
        <translation>Die Verbindung zur Docker-Engine unter %1 ist abgebrochen (%2).</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineClient.cpp" line="+110"/>
        <source>the engine</source>
        <translation>die Engine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered, but not like a Docker engine (no API version in its reply).</source>
        <translation>%1 hat geantwortet, aber nicht wie eine Docker-Engine (keine API-Version in der Antwort).</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+24"/>
        <source>Image %1</source>
        <translation>Image %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+40"/>
        <location line="+9"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+17"/>
        <location filename="../app/docker/ExecJob.cpp" line="-69"/>
        <location line="+26"/>
        <source>Container %1</source>
        <translation>Container %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+46"/>
        <location line="+7"/>
        <source>Volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+12"/>
        <source>Path %1 in container %2</source>
        <translation>Pfad %1 im Container %2</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineError.cpp" line="+55"/>
        <source>The requested object</source>
        <translation>Das angeforderte Objekt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A host port needed by %1 is already in use by another program. Pick another port and try again.</source>
        <translation>Ein Host-Port, den %1 braucht, wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 is already in use by another program. Pick another port (or stop the program using %1) and try again.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. Wählen Sie einen anderen Port (oder beenden Sie das Programm, das %1 belegt) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Docker engine refused our API version: %1. Update Directus Desktop or use a supported engine.</source>
        <translation>Die Docker-Engine hat unsere API-Version abgelehnt: %1. Aktualisieren Sie Directus Desktop oder verwenden Sie eine unterstützte Engine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name is already taken by another container: %1 Choose another name, or remove that container.</source>
        <translation>Der Name wird bereits von einem anderen Container verwendet: %1 Wählen Sie einen anderen Namen oder entfernen Sie diesen Container.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is not on this machine yet (%1). Pull it first.</source>
        <translation>Das Image ist noch nicht auf diesem Rechner (%1). Laden Sie es zuerst herunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist (any more): %2</source>
        <translation>%1 existiert nicht (mehr): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in a state that does not allow this: %2</source>
        <translation>%1 ist in einem Zustand, der dies nicht erlaubt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine refused the request: %1</source>
        <translation>Die Docker-Engine hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine refused access: %1</source>
        <translation>Die Docker-Engine hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Docker engine reported an error: %1</source>
        <translation>Die Docker-Engine hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no details)</source>
        <translation>(keine Details)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected answer from the Docker engine (HTTP %1): %2</source>
        <translation>Unerwartete Antwort der Docker-Engine (HTTP %1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker engine at %1 is not answering (%2). Start Docker (or Podman) and try again.</source>
        <translation>Die Docker-Engine unter %1 antwortet nicht (%2). Starten Sie Docker (oder Podman) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Permission denied on %1. Start Docker Desktop, and make sure your account is in the docker-users group.</source>
        <translation>Zugriff auf %1 verweigert. Starten Sie Docker Desktop und stellen Sie sicher, dass Ihr Konto in der Gruppe docker-users ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied on %1. Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Zugriff auf %1 verweigert. Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Docker engine speaks API %1; Directus Desktop needs %2 or newer (Docker 20.10 or later). Update Docker.</source>
        <translation>Diese Docker-Engine spricht API %1; Directus Desktop braucht %2 oder neuer (Docker 20.10 oder später). Aktualisieren Sie Docker.</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineResolver.cpp" line="+79"/>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a regular file</source>
        <translation>eine normale Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some other kind of file</source>
        <translation>eine andere Art von Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It should belong to you: check its owner and mode with ls -l %1.</source>
        <translation>Es sollte Ihnen gehören: Prüfen Sie Besitzer und Rechte mit ls -l %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rootful Podman socket is for root only; use rootless Podman instead (systemctl --user enable --now podman.socket).</source>
        <translation>Der rootful-Podman-Socket ist nur für root; verwenden Sie stattdessen rootless Podman (systemctl --user enable --now podman.socket).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart Docker Desktop, or check its owner and mode with ls -l %1.</source>
        <translation>Starten Sie Docker Desktop neu oder prüfen Sie Besitzer und Rechte mit ls -l %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a socket this user can open.</source>
        <translation>%1 ist ein Socket, den dieser Benutzer öffnen kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No socket at %1.</source>
        <translation>Kein Socket unter %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot look at %1: %2.</source>
        <translation>%1 kann nicht geprüft werden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied on %1.</source>
        <translation>Zugriff auf %1 verweigert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists but is %2, not a socket, so no engine can be listening there.</source>
        <translation>%1 existiert, ist aber %2 und kein Socket, also kann dort keine Engine lauschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists; it is checked when connecting.</source>
        <translation>%1 existiert; es wird beim Verbinden geprüft.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a TCP address; it is tried when connecting, not checked in advance.</source>
        <translation>%1 ist eine TCP-Adresse; sie wird beim Verbinden versucht, nicht vorab geprüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named pipe %1 is tried when connecting; pipes are not checked in advance.</source>
        <translation>Die Named Pipe %1 wird beim Verbinden versucht; Pipes werden nicht vorab geprüft.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>DOCKER_HOST is set to %1; SSH endpoints are not supported. Unset DOCKER_HOST, or point it at a unix:// socket or tcp:// address.</source>
        <translation>DOCKER_HOST ist auf %1 gesetzt; SSH-Endpunkte werden nicht unterstützt. Entfernen Sie DOCKER_HOST oder lassen Sie es auf einen unix://-Socket oder eine tcp://-Adresse zeigen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOCKER_HOST is set to &quot;%1&quot;, which is not a unix://, npipe:// or tcp:// address. Correct or unset DOCKER_HOST.</source>
        <translation>DOCKER_HOST ist auf „%1“ gesetzt, was keine unix://-, npipe://- oder tcp://-Adresse ist. Korrigieren oder entfernen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DOCKER_HOST points there and decides alone, so nothing else is tried: start the engine, or correct or unset DOCKER_HOST.</source>
        <translation>DOCKER_HOST zeigt dorthin und entscheidet allein, daher wird nichts anderes versucht: Starten Sie die Engine, oder korrigieren oder entfernen Sie DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>context %1</source>
        <translation>Kontext %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch with docker context use default, or see docker context ls.</source>
        <translation>Wechseln Sie mit docker context use default, oder siehe docker context ls.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker context &apos;%1&apos; does not exist: there is no %2. %3</source>
        <translation>Der Docker-Kontext „%1“ existiert nicht: %2 fehlt. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker context &apos;%1&apos; cannot be read: %2 (%3).</source>
        <translation>Der Docker-Kontext „%1“ kann nicht gelesen werden: %2 (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker context &apos;%1&apos; is broken: %2 is not valid JSON (%3). %4</source>
        <translation>Der Docker-Kontext „%1“ ist beschädigt: %2 ist kein gültiges JSON (%3). %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker context &apos;%1&apos; has no Docker endpoint (Endpoints.docker.Host) in %2. %3</source>
        <translation>Der Docker-Kontext „%1“ hat keinen Docker-Endpunkt (Endpoints.docker.Host) in %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH endpoints are not supported</source>
        <translation>SSH-Endpunkte werden nicht unterstützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a unix://, npipe:// or tcp:// address</source>
        <translation>keine unix://-, npipe://- oder tcp://-Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker context &apos;%1&apos; points at %2: %3. %4</source>
        <translation>Der Docker-Kontext „%1“ zeigt auf %2: %3. %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOCKER_CONTEXT selects this context and decides alone: start its engine, or unset DOCKER_CONTEXT.</source>
        <translation>DOCKER_CONTEXT wählt diesen Kontext und entscheidet allein: Starten Sie dessen Engine oder entfernen Sie DOCKER_CONTEXT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine of this context is not running.</source>
        <translation>Die Engine dieses Kontexts läuft nicht.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>docker config</source>
        <translation>Docker-Konfiguration</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2), so its current context is ignored.</source>
        <translation>%1 kann nicht gelesen werden (%2), daher wird der aktuelle Kontext darin ignoriert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON, so its current context is ignored; the docker CLI ignores it too.</source>
        <translation>%1 ist kein gültiges JSON, daher wird der aktuelle Kontext darin ignoriert; die Docker-CLI ignoriert ihn ebenfalls.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop (Linux engine)</source>
        <translation>Docker Desktop (Linux-Engine)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Podman machine</source>
        <translation>Podman-Maschine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colima is not running (colima start).</source>
        <translation>Colima läuft nicht (colima start).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop only creates it when &quot;Allow the default Docker socket to be used&quot; is on in its advanced settings.</source>
        <translation>Docker Desktop legt ihn nur an, wenn „Allow the default Docker socket to be used“ in den erweiterten Einstellungen aktiviert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is not running or not installed (sudo systemctl start docker).</source>
        <translation>Docker läuft nicht oder ist nicht installiert (sudo systemctl start docker).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker (rootless)</source>
        <translation>Docker (rootless)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rootless Docker is not running (systemctl --user start docker).</source>
        <translation>Rootless Docker läuft nicht (systemctl --user start docker).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Docker Desktop (Linux)</source>
        <translation>Docker Desktop (Linux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Docker Desktop is not running.</source>
        <translation>Docker Desktop läuft nicht.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Docker Desktop (macOS)</source>
        <translation>Docker Desktop (macOS)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Podman (rootless)</source>
        <translation>Podman (rootless)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To use Podman, turn on its socket: systemctl --user enable --now podman.socket</source>
        <translation>Um Podman zu verwenden, aktivieren Sie seinen Socket: systemctl --user enable --now podman.socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman (rootful)</source>
        <translation>Podman (rootful)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rootful Podman socket is off (sudo systemctl enable --now podman.socket); rootless Podman is the better choice.</source>
        <translation>Der rootful-Podman-Socket ist aus (sudo systemctl enable --now podman.socket); rootless Podman ist die bessere Wahl.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colima</source>
        <translation>Colima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colima (older versions)</source>
        <translation>Colima (ältere Versionen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rancher Desktop</source>
        <translation>Rancher Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rancher Desktop is not running, or runs containerd instead of dockerd (moby).</source>
        <translation>Rancher Desktop läuft nicht oder verwendet containerd statt dockerd (moby).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OrbStack</source>
        <translation>OrbStack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrbStack is not running.</source>
        <translation>OrbStack läuft nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DOCKER_HOST is set.</source>
        <translation>DOCKER_HOST ist gesetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOCKER_CONTEXT selects the docker context &apos;%1&apos;.</source>
        <translation>DOCKER_CONTEXT wählt den Docker-Kontext „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the current docker context &apos;%1&apos;.</source>
        <translation>Es ist der aktuelle Docker-Kontext „%1“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First named pipe to try: %1.</source>
        <translation>Erste zu versuchende Named Pipe: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First working socket found: %1.</source>
        <translation>Erster funktionierender Socket: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DOCKER_HOST is set, so no other location is tried, and its endpoint is not usable. Unset DOCKER_HOST to let the usual locations be searched.</source>
        <translation>DOCKER_HOST ist gesetzt, daher wird kein anderer Ort versucht, und sein Endpunkt ist nicht nutzbar. Entfernen Sie DOCKER_HOST, damit die üblichen Orte durchsucht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOCKER_CONTEXT selects the docker context &apos;%1&apos;, so no other location is tried, and it is not usable. Unset DOCKER_CONTEXT to let the usual locations be searched.</source>
        <translation>DOCKER_CONTEXT wählt den Docker-Kontext „%1“, daher wird kein anderer Ort versucht, und er ist nicht nutzbar. Entfernen Sie DOCKER_CONTEXT, damit die üblichen Orte durchsucht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No engine was found in any of the usual locations.</source>
        <translation>An keinem der üblichen Orte wurde eine Engine gefunden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not used: %1 (see below).</source>
        <translation>Nicht verwendet: %1 (siehe unten).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>usable</source>
        <translation>nutzbar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a socket</source>
        <translation>kein Socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked in advance</source>
        <translation>nicht vorab geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an engine</source>
        <translation>keine Engine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start Docker Desktop (install it first if needed) and wait until it reports that the engine is running.</source>
        <translation>Starten Sie Docker Desktop (installieren Sie es bei Bedarf zuerst) und warten Sie, bis es meldet, dass die Engine läuft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install and start Docker Desktop, Colima, OrbStack or Rancher Desktop, then try again.</source>
        <translation>Installieren und starten Sie Docker Desktop, Colima, OrbStack oder Rancher Desktop und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Docker (sudo apt install docker.io) or Podman, start it (sudo systemctl start docker, or systemctl --user enable --now podman.socket for Podman), add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Installieren Sie Docker (sudo apt install docker.io) oder Podman, starten Sie es (sudo systemctl start docker, oder für Podman systemctl --user enable --now podman.socket), fügen Sie Ihren Benutzer der Gruppe docker hinzu (sudo usermod -aG docker $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Engine: %1. %2</source>
        <translation>Engine: %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Docker-compatible engine found. %1</source>
        <translation>Keine Docker-kompatible Engine gefunden. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also checked:</source>
        <translation>Ebenfalls geprüft:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked:</source>
        <translation>Geprüft:</translation>
    </message>
    <message>
        <location filename="../app/docker/HttpResponseParser.cpp" line="+213"/>
        <source>The response headers are larger than %1 KiB.</source>
        <translation>Die Antwort-Header sind größer als %1 KiB.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed HTTP response (%1: %2).</source>
        <translation>Fehlerhafte HTTP-Antwort (%1: %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection closed before a complete response header arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor ein vollständiger Antwort-Header ankam.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection closed before the response body was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Antwortinhalt vollständig war.</translation>
    </message>
    <message>
        <location filename="../app/docker/JsonLinesDecoder.cpp" line="+121"/>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation>Kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a JSON object.</source>
        <translation>Kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A line longer than %1 bytes was skipped.</source>
        <translation>Eine Zeile länger als %1 Byte wurde übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/docker/LocalSocketReply.cpp" line="+141"/>
        <source>Invalid HTTP method &quot;%1&quot;.</source>
        <translation>Ungültige HTTP-Methode „%1“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The request header &quot;%1&quot; contains characters HTTP does not allow.</source>
        <translation>Der Request-Header „%1“ enthält Zeichen, die HTTP nicht erlaubt.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no engine socket at %1.</source>
        <translation>Unter %1 gibt es keinen Engine-Socket.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing accepts connections on %1: the engine is not running.</source>
        <translation>Niemand nimmt Verbindungen auf %1 an: Die Engine läuft nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied opening %1: this user may not use the engine.</source>
        <translation>Zugriff verweigert beim Öffnen von %1: Dieser Benutzer darf die Engine nicht verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out connecting to %1.</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Verbindung mit %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The engine at %1 did not accept the connection within %2 s.</source>
        <translation>Die Engine unter %1 hat die Verbindung nicht innerhalb von %2 s angenommen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The engine sent nothing for %1 s.</source>
        <translation>Die Engine hat %1 s lang nichts gesendet.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The engine closed the connection before the response was complete. %1</source>
        <translation>Die Engine hat die Verbindung geschlossen, bevor die Antwort vollständig war. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Fehler beim Übertragen von %1 – der Server antwortete: %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The data to upload was deleted before it was sent.</source>
        <translation>Die hochzuladenden Daten wurden gelöscht, bevor sie gesendet wurden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The upload ended after %1 of the %2 bytes announced.</source>
        <translation>Der Upload endete nach %1 der angekündigten %2 Byte.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/docker/MultiplexedStreamDecoder.cpp" line="+112"/>
        <source>The engine&apos;s output is not a multiplexed stream (bad frame header at byte %1). The container may have been created with a terminal (Tty).</source>
        <translation>Die Ausgabe der Engine ist kein gemultiplexter Stream (fehlerhafter Frame-Header bei Byte %1). Der Container wurde vielleicht mit einem Terminal (Tty) erstellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine&apos;s output ended in the middle of a frame (at byte %1).</source>
        <translation>Die Ausgabe der Engine endete mitten in einem Frame (bei Byte %1).</translation>
    </message>
    <message>
        <location filename="../app/docker/PullJob.cpp" line="+42"/>
        <location line="+2"/>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/docker/PullProgress.cpp" line="+54"/>
        <source>The engine reported an error without a message.</source>
        <translation>Die Engine hat einen Fehler ohne Meldung gemeldet.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <translation>Heruntergeladen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>Wird entpackt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Bereits vorhanden</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../app/instance/ComposeExporter.cpp" line="+244"/>
        <source>The value of %1 contains both a “$” and a quote, backslash or line break, which a .env file cannot hold unchanged; check it after the export.</source>
        <translation>Der Wert von %1 enthält sowohl ein „$“ als auch ein Anführungszeichen, einen Backslash oder einen Zeilenumbruch, was eine .env-Datei nicht unverändert aufnehmen kann; prüfen Sie ihn nach dem Export.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Directus Desktop could not write %1: %2.</source>
        <translation>Directus Desktop konnte %1 nicht schreiben: %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Compose cannot run the one-time setup command of the %1 service; start the instance once from Directus Desktop, or run it yourself: %2</source>
        <translation>Compose kann den einmaligen Einrichtungsbefehl des Dienstes %1 nicht ausführen; starten Sie die Instanz einmal aus Directus Desktop, oder führen Sie ihn selbst aus: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source># Secrets of the Directus Desktop instance “%1”. Keep this file private.</source>
        <translation># Geheimnisse der Directus-Desktop-Instanz „%1“. Halten Sie diese Datei privat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Directus Desktop could not create the folder %1.</source>
        <translation>Directus Desktop konnte den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <location filename="../app/instance/ComposeImporter.cpp" line="+247"/>
        <source>The option “%1” of the service “%2” is not carried over.</source>
        <translation>Die Option „%1“ des Dienstes „%2“ wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+158"/>
        <location filename="../app/instance/ComposeSecretsRewriter.cpp" line="+133"/>
        <source>The compose file %1 cannot be read: %2.</source>
        <translation>Die Compose-Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The compose file is not valid YAML: %1 at line %2, column %3.</source>
        <translation>Die Compose-Datei ist kein gültiges YAML: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not a compose file: it has no services.</source>
        <translation>Die Datei ist keine Compose-Datei: Sie hat keine Dienste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The top-level section “%1” is not carried over.</source>
        <translation>Der Abschnitt „%1“ auf oberster Ebene wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The compose file has no service running a Directus image.</source>
        <translation>Die Compose-Datei hat keinen Dienst, der ein Directus-Image ausführt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image digest %1 is not kept; the tag “%2” is used.</source>
        <translation>Der Image-Digest %1 wird nicht beibehalten; das Tag „%2“ wird verwendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DB_CLIENT “%1” is not known; Directus Desktop proposes SQLite.</source>
        <translation>DB_CLIENT „%1“ ist unbekannt; Directus Desktop schlägt SQLite vor.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The SQLite file %1 is inside the Directus container, not in a volume or folder of the file, so replacing the container would lose it. Mount %2 as a volume or folder, restart the stack once, then take it over.</source>
        <translation>Die SQLite-Datei %1 liegt im Directus-Container, nicht in einem Volume oder Ordner der Datei; beim Ersetzen des Containers ginge sie verloren. Binden Sie %2 als Volume oder Ordner ein, starten Sie den Stack einmal neu und übernehmen Sie ihn dann.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file starts Directus without waiting for the database to be ready, so the first start can fail; Directus Desktop starts Directus once the database answers.</source>
        <translation>Die Datei startet Directus, ohne auf die Datenbank zu warten, daher kann der erste Start scheitern; Directus Desktop startet Directus, sobald die Datenbank antwortet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The containers are named %1-&lt;service&gt;-1 instead of %2, so a second stack made from the same file cannot collide with this one.</source>
        <translation>Die Container heißen %1-&lt;Dienst&gt;-1 statt %2, damit ein zweiter Stack aus derselben Datei nicht mit diesem kollidiert.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Directus %1 ignores CACHE_REDIS (renamed REDIS in 10.4), so this stack looked for Redis on its own container and never found it; Directus Desktop sets REDIS.</source>
        <translation>Directus %1 ignoriert CACHE_REDIS (seit 10.4 REDIS), daher suchte dieser Stack Redis im eigenen Container und fand es nie; Directus Desktop setzt REDIS.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The service “%1” is not carried over.</source>
        <translation>Der Dienst „%1“ wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file publishes Directus on every network address; Directus Desktop proposes 127.0.0.1 so only this computer can reach it.</source>
        <translation>Die Datei veröffentlicht Directus auf allen Netzwerkadressen; Directus Desktop schlägt 127.0.0.1 vor, damit nur dieser Computer es erreicht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file does not publish port 8055; Directus Desktop publishes it on %1:%2.</source>
        <translation>Die Datei veröffentlicht Port 8055 nicht; Directus Desktop veröffentlicht ihn auf %1:%2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The mount of %1 at %2 is not carried over.</source>
        <translation>Das Einhängen von %1 unter %2 wird nicht übernommen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file does not set TELEMETRY, so Directus would send telemetry; Directus Desktop turns it off.</source>
        <translation>Die Datei setzt TELEMETRY nicht, also würde Directus Telemetriedaten senden; Directus Desktop schaltet das ab.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is set by Directus Desktop; the file&apos;s value is not used.</source>
        <translation>%1 setzt Directus Desktop selbst; der Wert aus der Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is set by Directus Desktop; the file&apos;s value “%2” is not used.</source>
        <translation>%1 wird von Directus Desktop gesetzt; der Wert „%2“ aus der Datei wird nicht verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The variable %1 is not set (neither in .env nor given); it was read as empty.</source>
        <translation>Die Variable %1 ist nicht gesetzt (weder in .env noch angegeben); sie wurde als leer gelesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEY or SECRET is missing; Directus Desktop generates new ones.</source>
        <translation>KEY oder SECRET fehlt; Directus Desktop erzeugt neue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compose file has an unexpected structure: %1.</source>
        <translation>Die Compose-Datei hat eine unerwartete Struktur: %1.</translation>
    </message>
    <message>
        <location filename="../app/instance/DatabaseProfile.cpp" line="+37"/>
        <source>SQLite (built in)</source>
        <translation>SQLite (eingebaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite needs no database server: the data is one file in the Directus container&apos;s database storage.</source>
        <translation>SQLite braucht keinen Datenbankserver: Die Daten sind eine Datei im Datenbankspeicher des Directus-Containers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL (with PostGIS)</source>
        <translation>PostgreSQL (mit PostGIS)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MySQL 8</source>
        <translation>MySQL 8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus 9 and 10 connect with an older MySQL driver that cannot use MySQL 8&apos;s default login method, so Directus Desktop starts MySQL with mysql_native_password for them. Directus 11 and later need no change.</source>
        <translation>Directus 9 und 10 verbinden sich mit einem älteren MySQL-Treiber, der die Standard-Anmeldemethode von MySQL 8 nicht beherrscht; daher startet Directus Desktop MySQL für sie mit mysql_native_password. Directus 11 und neuer brauchen keine Änderung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>MariaDB</source>
        <translation>MariaDB</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Microsoft SQL Server</source>
        <translation>Microsoft SQL Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SQL Server runs only if you accept Microsoft&apos;s licence terms (EULA) for its image.</source>
        <translation>SQL Server läuft nur, wenn Sie die Lizenzbedingungen (EULA) von Microsoft für sein Image akzeptieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL Server cannot create a database from its settings, so Directus Desktop creates the database before Directus starts for the first time.</source>
        <translation>SQL Server kann keine Datenbank aus seinen Einstellungen anlegen, daher legt Directus Desktop die Datenbank an, bevor Directus zum ersten Mal startet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CockroachDB</source>
        <translation>CockroachDB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CockroachDB runs as one insecure node (user root, no password). That is fine for local work on this computer, not for a server others can reach.</source>
        <translation>CockroachDB läuft als ein unsicherer Knoten (Benutzer root, kein Passwort). Das ist für lokale Arbeit auf diesem Computer in Ordnung, nicht für einen Server, den andere erreichen können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oracle is not offered: the Directus image lacks Oracle&apos;s client libraries, so it needs a custom image built for it.</source>
        <translation>Oracle wird nicht angeboten: Dem Directus-Image fehlen die Client-Bibliotheken von Oracle, es bräuchte also ein eigens dafür gebautes Image.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An existing database server</source>
        <translation>Ein vorhandener Datenbankserver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus Desktop only points Directus at this server; it does not start, back up or upgrade it.</source>
        <translation>Directus Desktop verweist Directus nur auf diesen Server; es startet, sichert und aktualisiert ihn nicht.</translation>
    </message>
    <message>
        <location filename="../app/instance/EnvRules.cpp" line="+70"/>
        <source>Directus 10.0 changes the licence from GPLv3 to the Business Source License 1.1: free for organisations under USD 5 million in total finances, a paid licence above that.</source>
        <translation>Directus 10.0 ändert die Lizenz von GPLv3 auf die Business Source License 1.1: kostenlos für Organisationen mit weniger als 5 Millionen USD Gesamtfinanzen, darüber eine kostenpflichtige Lizenz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 10.2 only administrators can see the version number.</source>
        <translation>Ab Directus 10.2 sehen nur Administratoren die Versionsnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossing 10.4 renames the Redis variables (CACHE_REDIS becomes REDIS) and drops Memcached; Directus Desktop migrates its own, check any you added.</source>
        <translation>Der Schritt über 10.4 benennt die Redis-Variablen um (aus CACHE_REDIS wird REDIS) und entfernt Memcached; Directus Desktop migriert seine eigenen, prüfen Sie alle, die Sie hinzugefügt haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From Directus 10.6 Flows scripts cannot load npm modules and FLOWS_EXEC_ALLOWED_MODULES is gone; move such code into an operation extension.</source>
        <translation>Ab Directus 10.6 können Flows-Skripte keine npm-Module laden, und FLOWS_EXEC_ALLOWED_MODULES entfällt; verlagern Sie solchen Code in eine Operation-Erweiterung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus 10.10 ignores the old per-type extension folders and moves migrations and email templates out of the extensions folder; while old folders remain, no extension loads.</source>
        <translation>Directus 10.10 ignoriert die alten Erweiterungsordner pro Typ und verschiebt Migrationen und E-Mail-Vorlagen aus dem Erweiterungsordner; solange alte Ordner bleiben, wird keine Erweiterung geladen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus 11.0 replaces role permissions with policies (migrated automatically) and switches to the mysql2 driver; check custom extensions against the new permissions.</source>
        <translation>Directus 11.0 ersetzt Rollenberechtigungen durch Richtlinien (automatisch migriert) und wechselt zum Treiber mysql2; prüfen Sie eigene Erweiterungen gegen die neuen Berechtigungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directus 11.4 runs on Node.js 22: extensions with native parts built for an older Node.js may not load until they are rebuilt.</source>
        <translation>Directus 11.4 läuft mit Node.js 22: Erweiterungen mit nativen Teilen, die für ein älteres Node.js gebaut wurden, laden womöglich erst nach einem Neubau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 11.7 MySQL 5.7 is no longer supported: move the database to MySQL 8 first. Instances Directus Desktop made use MySQL 8, MariaDB, PostgreSQL or SQLite.</source>
        <translation>Ab Directus 11.7 wird MySQL 5.7 nicht mehr unterstützt: ziehen Sie die Datenbank zuerst auf MySQL 8 um. Von Directus Desktop erstellte Instanzen verwenden MySQL 8, MariaDB, PostgreSQL oder SQLite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 11.13 a new project without an admin shows an onboarding screen; existing projects are not affected.</source>
        <translation>Ab Directus 11.13 zeigt ein neues Projekt ohne Admin einen Onboarding-Bildschirm; bestehende Projekte sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directus 12.0 changes the licence to MSCL 1.0 with a free Core tier and enforces it after a 30-day grace period; it needs an absolute PUBLIC_URL, which Directus Desktop sets.</source>
        <translation>Directus 12.0 wechselt die Lizenz zu MSCL 1.0 mit einer kostenlosen Core-Stufe und setzt sie nach einer Frist von 30 Tagen durch; es braucht eine absolute PUBLIC_URL, die Directus Desktop setzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From Directus 12.0 IP_TRUST_PROXY is off by default: behind a reverse proxy, set IP_TRUST_PROXY in the extra environment so that client addresses and rate limits stay right. A local instance needs nothing.</source>
        <translation>Ab Directus 12.0 ist IP_TRUST_PROXY standardmäßig aus: hinter einem Reverse Proxy setzen Sie IP_TRUST_PROXY in den zusätzlichen Umgebungsvariablen, damit Client-Adressen und Ratenlimits stimmen. Eine lokale Instanz braucht nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From Directus 12.1 the official image has no npm and no npx: a custom image that runs them on top of it must install its packages in a build stage. Directus Desktop itself needs neither.</source>
        <translation>Ab Directus 12.1 enthält das offizielle Image weder npm noch npx: ein eigenes Image, das sie darauf ausführt, muss seine Pakete in einer Build-Stufe installieren. Directus Desktop selbst braucht keines von beiden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From directus9 10.3 Flows scripts run in isolated-vm and cannot load npm modules.</source>
        <translation>Ab directus9 10.3 laufen Flows-Skripte in isolated-vm und können keine npm-Module laden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The tag “%1” is not a version number, so Directus Desktop assumes the newest Directus rules.</source>
        <translation>Das Tag „%1“ ist keine Versionsnummer, daher nimmt Directus Desktop die Regeln der neuesten Directus-Version an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag “latest” can bring a new major version with breaking changes on any pull; pick a version for a project you keep.</source>
        <translation>Das Tag „latest“ kann bei jedem Pull eine neue Hauptversion mit inkompatiblen Änderungen bringen; wählen Sie für ein Projekt, das Sie behalten, eine Version.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag “%1” follows the newest %1.x release: a pull may upgrade Directus, and the rules of that newest release apply.</source>
        <translation>Das Tag „%1“ folgt der neuesten %1.x-Version: Ein Pull kann Directus aktualisieren, und es gelten die Regeln dieser neuesten Version.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From Directus 11.13 the first admin is created only when both an email and a password are given; Directus Desktop sets both.</source>
        <translation>Ab Directus 11.13 wird der erste Admin nur angelegt, wenn sowohl E-Mail als auch Passwort angegeben sind; Directus Desktop setzt beides.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without an admin email no admin is created: Directus shows its onboarding screen on the first visit instead.</source>
        <translation>Ohne Admin-E-Mail wird kein Admin angelegt: Directus zeigt beim ersten Besuch stattdessen seinen Onboarding-Bildschirm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an admin email Directus creates admin@example.com with a random password printed once in its log.</source>
        <translation>Ohne Admin-E-Mail legt Directus admin@example.com mit einem Zufallspasswort an, das einmal in seinem Protokoll ausgegeben wird.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FLOWS_EXEC_ALLOWED_MODULES has no effect on this version: Flows scripts can no longer load npm modules. Use an operation extension instead.</source>
        <translation>FLOWS_EXEC_ALLOWED_MODULES hat in dieser Version keine Wirkung: Flows-Skripte können keine npm-Module mehr laden. Verwenden Sie stattdessen eine Operation-Erweiterung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADMIN_TOKEN has no effect on this version.</source>
        <translation>ADMIN_TOKEN hat in dieser Version keine Wirkung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Directus version needs MySQL&apos;s mysql_native_password login, which MySQL 8.4 and later turn off. Use the mysql:8.0 image.</source>
        <translation>Diese Directus-Version braucht die MySQL-Anmeldung mysql_native_password, die MySQL 8.4 und neuer abschalten. Verwenden Sie das Image mysql:8.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Directus version logs in to MySQL 8 only with mysql_native_password: make sure the server&apos;s user for Directus uses it.</source>
        <translation>Diese Directus-Version meldet sich bei MySQL 8 nur mit mysql_native_password an: Stellen Sie sicher, dass der Server-Benutzer für Directus diese Methode verwendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Directus cannot go back to an older version on the same data: restore a backup made with %1 instead.</source>
        <translation>Directus kann mit denselben Daten nicht zu einer älteren Version zurückkehren: Stellen Sie stattdessen eine mit %1 erstellte Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/instance/FolderCheck.cpp" line="+20"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No part of %1 exists on this computer.</source>
        <translation>Kein Teil von %1 existiert auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be created: %2 is a file, not a folder.</source>
        <translation>%1 kann nicht angelegt werden: %2 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot write to %1. Choose a folder you own.</source>
        <translation>Sie können nicht in %1 schreiben. Wählen Sie einen Ordner, der Ihnen gehört.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be created: you cannot write to %2.</source>
        <translation>%1 kann nicht angelegt werden: Sie können nicht in %2 schreiben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 free on this disk: Directus needs more room for its database and uploads.</source>
        <translation>Nur %1 frei auf diesem Datenträger: Directus braucht mehr Platz für seine Datenbank und Uploads.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 free on this disk; uploads may fill it soon.</source>
        <translation>Nur %1 frei auf diesem Datenträger; Uploads könnten ihn bald füllen.</translation>
    </message>
    <message>
        <location filename="../app/instance/InstanceStore.cpp" line="+123"/>
        <source>the field “%1” has a value this version cannot read</source>
        <translation>das Feld „%1“ hat einen Wert, den diese Version nicht lesen kann</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>it is not valid YAML (%1)</source>
        <translation>es ist kein gültiges YAML (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not describe an instance</source>
        <translation>es beschreibt keine Instanz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no valid format number</source>
        <translation>es hat keine gültige Formatnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer Directus Desktop (format %1; this version reads format %2). Update Directus Desktop to open this instance.</source>
        <translation>es wurde von einem neueren Directus Desktop geschrieben (Format %1; diese Version liest Format %2). Aktualisieren Sie Directus Desktop, um diese Instanz zu öffnen.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>it has no valid instance id</source>
        <translation>es hat keine gültige Instanz-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus Desktop could not save the instance settings in %1: %2.</source>
        <translation>Directus Desktop konnte die Instanzeinstellungen nicht in %1 speichern: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the instance has no valid id</source>
        <translation>die Instanz hat keine gültige ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The instance file %1 cannot be read: %2.</source>
        <translation>Die Instanzdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid instance id</source>
        <translation>„%1“ ist keine gültige Instanz-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it belongs to the instance %1, not to %2</source>
        <translation>sie gehört zur Instanz %1, nicht zu %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a valid instance id.</source>
        <translation>„%1“ ist keine gültige Instanz-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directus Desktop could not delete %1: %2.</source>
        <translation>Directus Desktop konnte %1 nicht löschen: %2.</translation>
    </message>
    <message>
        <location filename="../app/instance/InstanceValidator.cpp" line="+67"/>
        <source>“%1” cannot name a network: use letters, digits, “_”, “.” and “-”.</source>
        <translation>„%1“ kann kein Netzwerk benennen: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot name a volume: use letters, digits, “_”, “.” and “-”.</source>
        <translation>„%1“ kann kein Volume benennen: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot name the SQLite file: use letters, digits, “_”, “.” and “-”.</source>
        <translation>„%1“ kann die SQLite-Datei nicht benennen: Verwenden Sie Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot name a database or its user: use up to 63 letters, digits and “_”, starting with a letter.</source>
        <translation>„%1“ kann keine Datenbank und keinen Datenbankbenutzer benennen: Verwenden Sie bis zu 63 Buchstaben, Ziffern und „_“, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the instance a name.</source>
        <translation>Geben Sie der Instanz einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: use at most 63 characters.</source>
        <translation>Der Name ist zu lang: Verwenden Sie höchstens 63 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lowercase letters in the name.</source>
        <translation>Verwenden Sie Kleinbuchstaben im Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name may contain only lowercase letters, digits, “-” and “_”, and must start with a letter or a digit.</source>
        <translation>Der Name darf nur Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An instance or Docker Compose project named “%1” already exists.</source>
        <translation>Es gibt bereits eine Instanz oder ein Docker-Compose-Projekt namens „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Directus version.</source>
        <translation>Wählen Sie eine Directus-Version.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a version number, so Directus Desktop cannot tell which settings this image needs and assumes the newest.</source>
        <translation>„%1“ ist keine Versionsnummer, daher kann Directus Desktop nicht erkennen, welche Einstellungen dieses Image braucht, und nimmt die neueste an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL Server runs only after you accept Microsoft&apos;s licence terms (EULA) for its image.</source>
        <translation>SQL Server läuft erst, nachdem Sie die Lizenzbedingungen (EULA) von Microsoft für sein Image akzeptiert haben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose which kind of database server this is.</source>
        <translation>Wählen Sie, welche Art von Datenbankserver dies ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the database server&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Datenbankservers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inside the Directus container “%1” is the container itself. For a server on this computer use host.docker.internal or its network address.</source>
        <translation>Im Directus-Container ist „%1“ der Container selbst. Für einen Server auf diesem Computer verwenden Sie host.docker.internal oder seine Netzwerkadresse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Ein Port ist eine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Enter the name of the database Directus should use.</source>
        <translation>Geben Sie den Namen der Datenbank ein, die Directus verwenden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user Directus logs in as.</source>
        <translation>Geben Sie den Benutzer ein, mit dem sich Directus anmeldet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the email address you will log in with.</source>
        <translation>Geben Sie die E-Mail-Adresse ein, mit der Sie sich anmelden werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an email address Directus accepts, such as admin@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, die Directus akzeptiert, etwa admin@example.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ports below 1024 need administrator rights: rootless Docker and Podman cannot publish them. 8055 is the usual port.</source>
        <translation>Ports unter 1024 brauchen Administratorrechte: Rootless Docker und Podman können sie nicht veröffentlichen. 8055 ist der übliche Port.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an IP address such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerke).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus will be reachable from other computers on your networks, not only from this one.</source>
        <translation>Directus ist dann von anderen Computern in Ihren Netzwerken erreichbar, nicht nur von diesem.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public URL must be a full web address such as http://localhost:8055.</source>
        <translation>Die öffentliche URL muss eine vollständige Webadresse sein, etwa http://localhost:8055.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a folder.</source>
        <translation>Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder with its full path, such as /home/me/directus/uploads.</source>
        <translation>Wählen Sie den Ordner mit vollständigem Pfad, etwa /home/ich/directus/uploads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root of a disk cannot be used: Directus Desktop changes the owner of this folder.</source>
        <translation>Das Wurzelverzeichnis eines Datenträgers kann nicht verwendet werden: Directus Desktop ändert den Besitzer dieses Ordners.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a valid variable name: use letters, digits and “_”, not starting with a digit.</source>
        <translation>„%1“ ist kein gültiger Variablenname: Verwenden Sie Buchstaben, Ziffern und „_“, nicht mit einer Ziffer am Anfang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is set by Directus Desktop from your other choices; change it there.</source>
        <translation>%1 wird von Directus Desktop aus Ihren anderen Angaben gesetzt; ändern Sie es dort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is set twice.</source>
        <translation>%1 ist doppelt gesetzt.</translation>
    </message>
    <message>
        <location filename="../app/instance/ComposeSecretsRewriter.cpp" line="-27"/>
        <source>The value of %1 in the service “%2” is not a one-line value, so it stays in the file.</source>
        <translation>Der Wert von %1 im Dienst „%2“ ist kein einzeiliger Wert und bleibt daher in der Datei.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Die Datei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Moved here from %1 by Directus Desktop. Keep this file private.</source>
        <translation># Von Directus Desktop aus %1 hierher verschoben. Halten Sie diese Datei privat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already sets %2 to another value; nothing was changed.</source>
        <translation>%1 setzt %2 bereits auf einen anderen Wert; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The compose file could not be rewritten: %1.</source>
        <translation>Die Compose-Datei konnte nicht umgeschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../app/logs/LogExporter.cpp" line="+60"/>
        <location line="+43"/>
        <source>The log could not be exported to %1: %2</source>
        <translation>Das Protokoll konnte nicht nach %1 exportiert werden: %2</translation>
    </message>
    <message>
        <location filename="../app/logs/LogLevel.cpp" line="+72"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Debug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <location filename="../app/logs/LogLineMatcher.cpp" line="+41"/>
        <source>The search pattern is not valid: %1</source>
        <translation>Das Suchmuster ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../app/logs/LogStoreData.cpp" line="+117"/>
        <source>Older log lines could not be read back from the temporary file: %1</source>
        <translation>Ältere Protokollzeilen konnten nicht aus der temporären Datei zurückgelesen werden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+9"/>
        <source>Older log lines cannot be moved to disk (%1): memory use is no longer bounded.</source>
        <translation>Ältere Protokollzeilen können nicht auf die Festplatte ausgelagert werden (%1): Der Speicherverbrauch ist nicht mehr begrenzt.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../app/operations/DirectusHttp.cpp" line="+101"/>
        <source>Directus refused the admin login: %1</source>
        <translation>Directus hat die Admin-Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/operations/DiscoveredStack.cpp" line="+180"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly running</source>
        <translation>läuft teilweise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs attention</source>
        <translation>braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location filename="../app/operations/InstanceSecrets.cpp" line="+63"/>
        <source>The value of %1 is missing from the secret store. Import the compose file again, or remove %1 in the instance&apos;s Settings.</source>
        <translation>Der Wert von %1 fehlt im Geheimnisspeicher. Importieren Sie die Compose-Datei erneut oder entfernen Sie %1 in den Einstellungen der Instanz.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The instance&apos;s secret &quot;%1&quot; is missing from the secret store. Import the instance again or set the secret in Settings.</source>
        <translation>Das Geheimnis „%1“ der Instanz fehlt im Geheimnisspeicher. Importieren Sie die Instanz erneut oder setzen Sie das Geheimnis in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of the external database server is not set. Enter it for this instance; the app cannot invent it.</source>
        <translation>Das Passwort des externen Datenbankservers ist nicht gesetzt. Geben Sie es für diese Instanz ein; die App kann es nicht erfinden.</translation>
    </message>
    <message>
        <location filename="../app/operations/Journal.cpp" line="+113"/>
        <source>The journal is unreadable: %1</source>
        <translation>Das Journal ist nicht lesbar: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The journal names no instance or operation.</source>
        <translation>Das Journal nennt keine Instanz oder Operation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/operations/Operation.cpp" line="+126"/>
        <source>Another program already finished the interrupted %1 of %2.</source>
        <translation>Ein anderes Programm hat den unterbrochenen Vorgang %1 von %2 bereits abgeschlossen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot write the operation journal: %1. Free some disk space or check the permissions of %2.</source>
        <translation>Das Operations-Journal kann nicht geschrieben werden: %1. Geben Sie Speicherplatz frei oder prüfen Sie die Berechtigungen von %2.</translation>
    </message>
    <message>
        <location filename="../app/operations/Recovery.cpp" line="+56"/>
        <source>The interrupted %1 of %2 cannot be recovered: %3</source>
        <translation>Die unterbrochene Operation %1 von %2 kann nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown operation &quot;%1&quot; in the journal of %2.</source>
        <translation>Unbekannte Operation „%1“ im Journal von %2.</translation>
    </message>
    <message>
        <location filename="../app/operations/RemoveOperation.cpp" line="+36"/>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instance was only partly removed; run remove again.</source>
        <translation>Die Instanz wurde nur teilweise entfernt; führen Sie „remove“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../app/registry/RegistryError.cpp" line="+20"/>
        <source>Could not reach the registry for %1 (%2). Check the network connection or the registry address in the settings.</source>
        <translation>Die Registry für %1 war nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung oder die Registry-Adresse in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry has no repository %1. Check the image name and the registry address.</source>
        <translation>Die Registry hat kein Repository %1. Prüfen Sie den Image-Namen und die Registry-Adresse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused to list the tags of %1 without signing in (HTTP %2). The repository may be private.</source>
        <translation>Die Registry hat sich geweigert, die Tags von %1 ohne Anmeldung aufzulisten (HTTP %2). Das Repository ist vielleicht privat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The registry is limiting requests for %1 right now. Try again in a few minutes.</source>
        <translation>Die Registry begrenzt gerade die Anfragen für %1. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry answered for %1 with something that is not a tag list (%2). The registry address may point at another service.</source>
        <translation>Die Registry hat für %1 mit etwas geantwortet, das keine Tag-Liste ist (%2). Die Registry-Adresse zeigt vielleicht auf einen anderen Dienst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry failed to list the tags of %1 (HTTP %2). Try again later.</source>
        <translation>Die Registry konnte die Tags von %1 nicht auflisten (HTTP %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location filename="../app/registry/RegistryParsers.cpp" line="+23"/>
        <location filename="../app/registry/RegistryTagsClient.cpp" line="+114"/>
        <source>the answer is too large</source>
        <translation>die Antwort ist zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JSON is not an object</source>
        <translation>das JSON ist kein Objekt</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>no &quot;tags&quot; field</source>
        <translation>kein Feld „tags“</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;tags&quot; is not a list</source>
        <translation>„tags“ ist keine Liste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no &quot;results&quot; list</source>
        <translation>keine Liste „results“</translation>
    </message>
    <message>
        <location filename="../app/registry/RegistryTagsClient.cpp" line="-55"/>
        <source>The registry address or the repository name is empty or invalid.</source>
        <translation>Die Registry-Adresse oder der Repository-Name ist leer oder ungültig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+37"/>
        <location filename="../app/registry/TagCatalogLoader.cpp" line="+53"/>
        <source>Listing the tags was cancelled.</source>
        <translation>Das Auflisten der Tags wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer in time</source>
        <translation>keine Antwort in der vorgesehenen Zeit</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the pages never end</source>
        <translation>die Seiten enden nie</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the token service sent no token</source>
        <translation>der Token-Dienst hat kein Token gesendet</translation>
    </message>
    <message>
        <location filename="../app/registry/TagCatalogLoader.cpp" line="+55"/>
        <source>The registry could not be asked for new tags, so this is the list saved on %1. %2</source>
        <translation>Die Registry konnte nicht nach neuen Tags gefragt werden, daher ist dies die am %1 gespeicherte Liste. %2</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../app/secrets/FileSecretStore.cpp" line="+33"/>
        <source>The password file has no entry named %1.</source>
        <translation>Die Passwortdatei hat keinen Eintrag namens %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The password file operation was cancelled.</source>
        <translation>Der Vorgang mit der Passwortdatei wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+44"/>
        <source>The keychain is locked (or has no login keyring yet) and no prompt could be shown. Unlock or create your login keyring, for example in Passwords and Keys or KWallet, and try again, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Der Schlüsselbund ist gesperrt (oder es gibt noch keinen Anmelde-Schlüsselbund), und es konnte keine Abfrage angezeigt werden. Entsperren oder erstellen Sie Ihren Anmelde-Schlüsselbund, etwa in „Passwörter und Verschlüsselung“ oder KWallet, und versuchen Sie es erneut, oder wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The keychain has no entry named %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag namens %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the keychain was refused. Try again and allow Directus Desktop to use it, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert. Versuchen Sie es erneut und erlauben Sie Directus Desktop die Nutzung, oder wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain reported an error: %1. Try again; if it keeps failing, choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Der Schlüsselbund hat einen Fehler gemeldet: %1. Versuchen Sie es erneut; wenn es weiter fehlschlägt, wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain could not delete the entry %1: %2. Try again, or delete it with your system&apos;s password manager.</source>
        <translation>Der Schlüsselbund konnte den Eintrag %1 nicht löschen: %2. Versuchen Sie es erneut oder löschen Sie ihn mit der Passwortverwaltung Ihres Systems.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain reported an unknown error (%1): %2. Try again; if it keeps failing, choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Der Schlüsselbund hat einen unbekannten Fehler gemeldet (%1): %2. Versuchen Sie es erneut; wenn es weiter fehlschlägt, wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available (no Secret Service is running). Start GNOME Keyring or KWallet, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Kein Schlüsselbund verfügbar (kein Secret Service läuft). Starten Sie GNOME Keyring oder KWallet, oder wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this system. Choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Wählen Sie, wo Directus Desktop Passwörter aufbewahrt: jedes Mal fragen oder eine Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretFile.cpp" line="+49"/>
        <source>it is not a list of names and values</source>
        <translation>es ist keine Liste von Namen und Werten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry is not a name and a value</source>
        <translation>ein Eintrag ist kein Paar aus Name und Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the value of %1 is not base64</source>
        <translation>der Wert von %1 ist kein Base64</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Directus Desktop could not read its password file %1: %2. Check that the file belongs to you and that you may read it.</source>
        <translation>Directus Desktop konnte seine Passwortdatei %1 nicht lesen: %2. Prüfen Sie, ob die Datei Ihnen gehört und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password file %1 is damaged (%2). Move it aside or delete it: Directus Desktop then starts a new one, and you enter the passwords again.</source>
        <translation>Die Passwortdatei %1 ist beschädigt (%2). Verschieben oder löschen Sie sie: Directus Desktop beginnt dann eine neue, und Sie geben die Passwörter erneut ein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directus Desktop could not save its password file %1: %2. Check that the folder belongs to you and that the disk has free space.</source>
        <translation>Directus Desktop konnte seine Passwortdatei %1 nicht speichern: %2. Prüfen Sie, ob der Ordner Ihnen gehört und der Datenträger freien Platz hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the folder %1 cannot be created</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directus Desktop could not make the password file %1 readable only by you (%2), so it saved nothing.</source>
        <translation>Directus Desktop konnte die Passwortdatei %1 nicht nur für Sie lesbar machen (%2), daher wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretGenerator.cpp" line="+203"/>
        <source>Enter a password.</source>
        <translation>Geben Sie ein Passwort ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is one of the most common passwords; it is the first thing an attacker tries. Use the generated password, or several unrelated words.</source>
        <translation>Dies ist eines der häufigsten Passwörter; ein Angreifer probiert es als Erstes. Verwenden Sie das erzeugte Passwort oder mehrere unzusammenhängende Wörter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One character repeated is guessed at once.</source>
        <translation>Ein wiederholtes Zeichen ist sofort erraten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row of the keyboard or the alphabet is guessed at once.</source>
        <translation>Eine Tastaturreihe oder eine Folge des Alphabets ist sofort erraten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too short: use at least 12 characters, better 16 or more.</source>
        <translation>Zu kurz: Verwenden Sie mindestens 12 Zeichen, besser 16 oder mehr.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: it repeats characters or uses few kinds of them. Make it longer and mix upper and lower case letters, digits and symbols.</source>
        <translation>Schwach: Es wiederholt Zeichen oder verwendet wenige Zeichenarten. Machen Sie es länger und mischen Sie Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair: longer is stronger; 16 or more characters are hard to guess.</source>
        <translation>Mittel: Länger ist stärker; 16 oder mehr Zeichen sind schwer zu erraten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>Gut.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Stark.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStoreChoice.cpp" line="+58"/>
        <source>the file %1 (readable only by you)</source>
        <translation>die Datei %1 (nur für Sie lesbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>dd::backup::BackupJob</name>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="+59"/>
        <source>%1 has no Directus container to back up. Start it once, then try again.</source>
        <translation>%1 hat keinen Directus-Container zum Sichern. Starten Sie die Instanz einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot create a backup folder in %1. Choose a folder you can write to.</source>
        <translation>In %1 kann kein Sicherungsordner angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping Directus</source>
        <translation>Directus wird gestoppt</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copying the SQLite database</source>
        <translation>SQLite-Datenbank wird kopiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite database could not be read from the container (%1).</source>
        <translation>Die SQLite-Datenbank konnte nicht aus dem Container gelesen werden (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+47"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Dumping the %1 database…</source>
        <translation>Die %1-Datenbank wird gedumpt …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dumping the %1 database… %2</source>
        <translation>Die %1-Datenbank wird gedumpt … %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 dump failed (exit code %2).</source>
        <translation>Der %1-Dump ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the dump to %1.</source>
        <translation>Der Dump kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dumped the %1 database: %2</source>
        <translation>%1-Datenbank gedumpt: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copying %1</source>
        <translation>%1 wird kopiert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying the backup</source>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting Directus again</source>
        <translation>Directus wird wieder gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus did not start again: %1</source>
        <translation>Directus ist nicht wieder gestartet: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Directus did not answer again: %1</source>
        <translation>Directus hat nicht wieder geantwortet: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove the incomplete backup %1</source>
        <translation>Die unvollständige Sicherung %1 konnte nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>dd::backup::BackupText</name>
    <message>
        <location filename="../app/backup/BackupManifest.cpp" line="+40"/>
        <source>%1 is not a backup: it has no readable manifest.json.</source>
        <translation>%1 ist keine Sicherung: Es hat keine lesbare manifest.json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The manifest.json of %1 is damaged (%2).</source>
        <translation>Die manifest.json von %1 ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written in a backup format this version does not read.</source>
        <translation>%1 wurde in einem Sicherungsformat geschrieben, das diese Version nicht liest.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The manifest.json of %1 names a file outside the backup.</source>
        <translation>Die manifest.json von %1 nennt eine Datei außerhalb der Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest.json of %1 gives %2 no size in bytes.</source>
        <translation>Die manifest.json von %1 gibt für %2 keine Größe in Bytes an.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest.json of %1 lacks the version, database kind or date.</source>
        <translation>Der manifest.json von %1 fehlen Version, Datenbankart oder Datum.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="+58"/>
        <source>The backup %1 is incomplete: its manifest does not list %2.</source>
        <translation>Die Sicherung %1 ist unvollständig: Ihr Manifest führt %2 nicht auf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is incomplete: %2 is missing.</source>
        <translation>Die Sicherung %1 ist unvollständig: %2 fehlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 is damaged: %2 has %3 bytes, the manifest says %4.</source>
        <translation>Die Sicherung %1 ist beschädigt: %2 hat %3 Byte, das Manifest sagt %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is damaged: the %2 database dump is cut short or not a dump.</source>
        <translation>Die Sicherung %1 ist beschädigt: Der %2-Datenbank-Dump ist abgeschnitten oder kein Dump.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 is damaged: %2 does not read (%3).</source>
        <translation>Die Sicherung %1 ist beschädigt: %2 lässt sich nicht lesen (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is refused: %2 holds an entry a restore must not write: %3</source>
        <translation>Die Sicherung %1 wird abgelehnt: %2 enthält einen Eintrag, den eine Wiederherstellung nicht schreiben darf: %3</translation>
    </message>
    <message>
        <location filename="../app/backup/TarReader.cpp" line="+124"/>
        <location line="+22"/>
        <source>The archive ends in the middle (at byte %1).</source>
        <translation>Das Archiv endet mittendrin (bei Byte %1).</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The archive is damaged: a header checksum is wrong at byte %1.</source>
        <translation>Das Archiv ist beschädigt: Eine Header-Prüfsumme bei Byte %1 ist falsch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is damaged: an entry at byte %1 is longer than the archive.</source>
        <translation>Das Archiv ist beschädigt: Ein Eintrag bei Byte %1 ist länger als das Archiv.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive is damaged: an extended header is %1 bytes long.</source>
        <translation>Das Archiv ist beschädigt: Ein erweiterter Header ist %1 Byte lang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive cannot be read.</source>
        <translation>Das Archiv kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/backup/ArchiveEntryCheck.cpp" line="+41"/>
        <source>“%1” has an absolute name.</source>
        <translation>„%1“ hat einen absoluten Namen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names a parent folder (“..”).</source>
        <translation>„%1“ nennt einen übergeordneten Ordner („..“).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is a hard link to “%2”, outside its folder.</source>
        <translation>„%1“ ist ein harter Link auf „%2“, außerhalb seines Ordners.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a link to “%2”, outside its folder.</source>
        <translation>„%1“ ist ein Link auf „%2“, außerhalb seines Ordners.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a device, pipe or other special file (tar type “%2”).</source>
        <translation>„%1“ ist ein Gerät, eine Pipe oder eine andere Spezialdatei (tar-Typ „%2“).</translation>
    </message>
</context>
<context>
    <name>dd::backup::CloneJob</name>
    <message>
        <location filename="../app/backup/CloneJob.cpp" line="+37"/>
        <source>Verifying the backup</source>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup holds a %1 database, but %2 uses %3.</source>
        <translation>Diese Sicherung enthält eine %1-Datenbank, aber %2 verwendet %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the admin password of %1</source>
        <translation>Das Admin-Passwort von %1 wird kopiert</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The new instance %1 exists but does not hold the backup. Remove it with `remove %1 --delete-data --yes`, or restore the backup into it.</source>
        <translation>Die neue Instanz %1 existiert, enthält aber die Sicherung nicht. Entfernen Sie sie mit `remove %1 --delete-data --yes` oder stellen Sie die Sicherung in ihr wieder her.</translation>
    </message>
</context>
<context>
    <name>dd::backup::RestoreJob</name>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="+56"/>
        <source>Verifying the backup</source>
        <translation>Die Sicherung wird geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup holds a %1 database, but %2 uses %3: it cannot be restored there.</source>
        <translation>Diese Sicherung enthält eine %1-Datenbank, aber %2 verwendet %3: Sie kann dort nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no Directus container to restore into. Start it once, then try again.</source>
        <translation>%1 hat keinen Directus-Container zum Wiederherstellen. Starten Sie die Instanz einmal und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping Directus</source>
        <translation>Directus wird gestoppt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot prepare the dump in %1.</source>
        <translation>Der Dump kann in %1 nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the %1 dump</source>
        <translation>Der %1-Dump wird geladen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the %1 dump failed (exit code %2).</source>
        <translation>Das Laden des %1-Dumps ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replacing the uploads and extensions</source>
        <translation>Uploads und Erweiterungen werden ersetzt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from %1</source>
        <translation>Wiederhergestellt aus %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot prepare the SQLite file in %1.</source>
        <translation>Die SQLite-Datei kann in %1 nicht vorbereitet werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data of %1 was partly replaced: restore the backup again before starting it.</source>
        <translation>Die Daten von %1 wurden teilweise ersetzt: Stellen Sie die Sicherung erneut wieder her, bevor Sie die Instanz starten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing of %1 was changed.</source>
        <translation>An %1 wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>dd::cli::CliText</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+48"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+160"/>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Backing up %1...</source>
        <translation>%1 wird gesichert ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No backups of %1 in %2.</source>
        <translation>Keine Sicherungen von %1 in %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>`%1 clone %2 %3 NEW_NAME` makes a new instance that runs %4.</source>
        <translation>`%1 clone %2 %3 NEUER_NAME` legt eine neue Instanz an, die %4 ausführt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring replaces the database, uploads and extensions of %1 with those of the backup made %2; everything changed since then is lost. Directus is stopped while it runs. Add --yes to confirm.</source>
        <translation>Die Wiederherstellung ersetzt Datenbank, Uploads und Erweiterungen von %1 durch die der Sicherung vom %2; alles seitdem Geänderte geht verloren. Directus ist währenddessen gestoppt. Bestätigen Sie mit --yes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A safety backup of the data as it is now is made first, in %1.</source>
        <translation>Zuerst wird eine Sicherheitskopie der jetzigen Daten angelegt, in %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring %1 from %2...</source>
        <translation>%1 wird aus %2 wiederhergestellt ...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored. Starting %1...</source>
        <translation>Wiederhergestellt. %1 wird gestartet ...</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+83"/>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+0"/>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 on %2 is taken by another program. Use --port auto.</source>
        <translation>Port %1 auf %2 ist von einem anderen Programm belegt. Verwenden Sie --port auto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cloning %1 from %2 into %3...</source>
        <translation>%1 wird aus %2 in %3 geklont ...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is ready at %2 (Directus %3, the data of the backup; the admin logs in as on %4).</source>
        <translation>%1 ist bereit unter %2 (Directus %3, die Daten der Sicherung; der Admin meldet sich an wie bei %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOperations.cpp" line="+31"/>
        <source>Failed at step &quot;%1&quot;: %2</source>
        <translation>Fehlgeschlagen bei Schritt „%1“: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last log lines:</source>
        <translation>Letzte Protokollzeilen:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Recovering the interrupted %1 of %2 (it stopped at &quot;%3&quot;)...</source>
        <translation>Die unterbrochene Operation %1 von %2 wird wiederhergestellt (sie hielt bei „%3“) ...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between steps</source>
        <translation>zwischen zwei Schritten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered: the %1 of %2 is complete.</source>
        <translation>Wiederhergestellt: Die Operation %1 von %2 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is running at %2</source>
        <translation>%1 läuft unter %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InstanceCommands.cpp" line="-199"/>
        <location filename="../app/cli/UpgradeCommand.cpp" line="+78"/>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the instance from a YAML file (the format of the app&apos;s instance files).</source>
        <translation>Die Instanz aus einer YAML-Datei lesen (das Format der Instanzdateien der App).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance name (compose project).</source>
        <translation>Instanzname (Compose-Projekt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus image tag.</source>
        <translation>Tag des Directus-Images.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite, postgres, mysql, mariadb, mssql, cockroachdb.</source>
        <translation>sqlite, postgres, mysql, mariadb, mssql, cockroachdb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a Redis cache.</source>
        <translation>Einen Redis-Cache verwenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin&apos;s email address.</source>
        <translation>Die E-Mail-Adresse des Admins.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host port, or &quot;auto&quot; (8055 when free).</source>
        <translation>Host-Port oder „auto“ (8055, wenn frei).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address the port is published on (default 127.0.0.1).</source>
        <translation>Adresse, auf der der Port veröffentlicht wird (Standard 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep uploads in this folder instead of a volume.</source>
        <translation>Uploads in diesem Ordner statt in einem Volume aufbewahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the SQLite database in this folder.</source>
        <translation>Die SQLite-Datenbank in diesem Ordner aufbewahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep extensions in this folder.</source>
        <translation>Erweiterungen in diesem Ordner aufbewahren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an instance file: %2</source>
        <translation>%1 ist keine Instanzdatei: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown database &quot;%1&quot;.</source>
        <translation>Unbekannte Datenbank „%1“.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is running.</source>
        <translation>%1 läuft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>%1 is stopped.</source>
        <translation>%1 ist gestoppt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Port %1 on %2 is taken by another program. Use --port %3 (free now) or --port auto.</source>
        <translation>Port %1 auf %2 ist von einem anderen Programm belegt. Verwenden Sie --port %3 (jetzt frei) oder --port auto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is ready at %2</source>
        <translation>%1 ist bereit unter %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin: %1; the password is in %2. Show it with `%3 credentials %4`.</source>
        <translation>Admin: %1; das Passwort liegt in %2. Anzeigen mit `%3 credentials %4`.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 was made with docker compose, not by this app. Remove it where it was made (docker compose -p %1 down); this app only starts, stops and watches it.</source>
        <translation>%1 wurde mit docker compose erstellt, nicht von dieser App. Entfernen Sie es dort, wo es erstellt wurde (docker compose -p %1 down); diese App startet, stoppt und überwacht es nur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delete-data deletes these volumes for good: %1. Add --yes to confirm. Host folders are never deleted.</source>
        <translation>--delete-data löscht diese Volumes endgültig: %1. Bestätigen Sie mit --yes. Host-Ordner werden nie gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is removed.</source>
        <translation>%1 ist entfernt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to recover.</source>
        <translation>Nichts wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="+28"/>
        <source>Usage: %1 credentials NAME [--json] or %1 credentials NAME --set-password</source>
        <translation>Aufruf: %1 credentials NAME [--json] oder %1 credentials NAME --set-password</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>URL: %1
Email: %2
Password: %3</source>
        <translation>URL: %1
E-Mail: %2
Passwort: %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Current admin password of %1 (%2): </source>
        <translation>Aktuelles Admin-Passwort von %1 (%2): </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password was given on standard input; nothing was stored.</source>
        <translation>Auf der Standardeingabe kam kein Passwort; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That password does not log in as %1 on %2 (%3); nothing was stored.</source>
        <translation>Mit diesem Passwort gelingt keine Anmeldung als %1 bei %2 (%3); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The admin password of %1 is stored; it logs in as %2.</source>
        <translation>Das Admin-Passwort von %1 ist gespeichert; damit gelingt die Anmeldung als %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin password of %1 is stored. It was not tried: %1 is not running, so the next start or upgrade checks it.</source>
        <translation>Das Admin-Passwort von %1 ist gespeichert. Es wurde nicht ausprobiert: %1 läuft nicht, daher prüft es der nächste Start oder das nächste Upgrade.</translation>
    </message>
    <message>
        <location filename="../app/cli/UpgradeCommand.cpp" line="-51"/>
        <source>%1 runs the floating tag &quot;%2&quot;; set an exact version to see upgrades.</source>
        <translation>%1 verwendet das bewegliche Tag „%2“; legen Sie eine genaue Version fest, um Upgrades zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of Directus versions cannot be read: %1</source>
        <translation>Die Liste der Directus-Versionen kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>%1 runs Directus %2.</source>
        <translation>%1 läuft mit Directus %2.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No newer version is available.</source>
        <translation>Keine neuere Version verfügbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest patch</source>
        <translation>neuester Patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest minor</source>
        <translation>neueste Nebenversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next major</source>
        <translation>nächste Hauptversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest major</source>
        <translation>neueste Hauptversion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1</source>
        <translation>Empfohlen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changes from %1 to %2:</source>
        <translation>Was sich von %1 auf %2 ändert:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade with: %1 upgrade %2 --to %3</source>
        <translation>Upgrade mit: %1 upgrade %2 --to %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Directus version to upgrade to</source>
        <translation>Die Directus-Version für das Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the backup made first goes</source>
        <translation>Wohin die vorab erstellte Sicherung kommt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1 upgrade NAME [--to TAG [--backup-dir DIR]]</source>
        <translation>Aufruf: %1 upgrade NAME [--to TAG [--backup-dir DIR]]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upgrading %1 from Directus %2 to %3. A backup is made first (in %4); on any failure the instance is rolled back to %2.</source>
        <translation>Upgrade von %1 von Directus %2 auf %3. Zuerst wird eine Sicherung erstellt (in %4); bei jedem Fehler wird die Instanz auf %2 zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="+17"/>
        <source>which Docker engine is used and why; whether it answers</source>
        <translation>welche Docker-Engine verwendet wird und warum; ob sie antwortet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create an instance and wait until Directus answers and the admin can log in</source>
        <translation>eine Instanz anlegen und warten, bis Directus antwortet und sich der Admin anmelden kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start an instance (recreates what is missing)</source>
        <translation>eine Instanz starten (legt Fehlendes neu an)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop an instance (Directus first)</source>
        <translation>eine Instanz stoppen (Directus zuerst)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop, then start</source>
        <translation>stoppen, dann starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove an instance; its volumes are kept unless --delete-data --yes</source>
        <translation>eine Instanz entfernen; ihre Volumes bleiben erhalten, außer mit --delete-data --yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without --to: the versions it can go to; with it: back up, then move to TAG, rolled back by itself on any failure</source>
        <translation>ohne --to: die Versionen, auf die sie wechseln kann; mit --to: sichern, dann auf TAG wechseln, bei jedem Fehler automatisch zurückgerollt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write and verify a backup (database, uploads, extensions)</source>
        <translation>eine Sicherung schreiben und prüfen (Datenbank, Uploads, Erweiterungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instance&apos;s backups, newest first</source>
        <translation>die Sicherungen der Instanz, neueste zuerst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the instance&apos;s data with a backup (same version); a safety backup of the data as it is now is made first and put back if the restore fails</source>
        <translation>die Daten der Instanz durch ein Backup ersetzen (gleiche Version); zuerst wird eine Sicherheitskopie der jetzigen Daten angelegt und zurückgespielt, wenn die Wiederherstellung scheitert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new instance from a backup</source>
        <translation>eine neue Instanz aus einer Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish operations a crash interrupted</source>
        <translation>durch einen Absturz unterbrochene Vorgänge abschließen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the admin login (the password from the secret store); --set-password stores the one changed in the Studio (read from standard input, tried against the running Directus first)</source>
        <translation>die Admin-Anmeldung ausgeben (das Passwort aus dem Geheimnisspeicher); --set-password speichert das im Studio geänderte (von der Standardeingabe gelesen, zuerst am laufenden Directus ausprobiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the instances and the Directus stacks on the engine (adopted ones marked)</source>
        <translation>die Instanzen und die Directus-Stacks auf der Engine (übernommene markiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>containers, state, health, URL, ports, volumes and folders</source>
        <translation>Container, Zustand, Health, URL, Ports, Volumes und Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print Directus&apos; log (or a service&apos;s); -f follows until Ctrl+C or the container stops</source>
        <translation>das Log von Directus (oder eines Dienstes) ausgeben; -f folgt ihm bis Strg+C oder bis der Container stoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write docker-compose.yml (and .env with the secrets, 0600, only when asked)</source>
        <translation>docker-compose.yml schreiben (und .env mit den Geheimnissen, 0600, nur auf Wunsch)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make an instance from a docker-compose.yml (the Directus guide&apos;s, or an export); a running stack of it is taken over with its data where it is; --rewrite-file moves the file&apos;s secrets into a private .env</source>
        <translation>eine Instanz aus einer docker-compose.yml erstellen (der aus der Directus-Anleitung oder einem Export); ein laufender Stack daraus wird mit seinen Daten an Ort und Stelle übernommen; --rewrite-file verschiebt die Geheimnisse der Datei in eine private .env</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take over a stack made with docker compose, found on the engine, with its data where it is</source>
        <translation>einen mit docker compose erstellten Stack der Engine mit seinen Daten an Ort und Stelle übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the version</source>
        <translation>die Version ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this text</source>
        <translation>dieser Text</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: %1 [COMMAND]</source>
        <translation>Aufruf: %1 [BEFEHL]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command the desktop app starts.</source>
        <translation>Ohne Befehl startet die Desktop-App.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Exit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable, 4 no such instance, 5 another program works on the instance.</source>
        <translation>Exit-Codes: 0 ok, 1 fehlgeschlagen, 2 falscher Aufruf, 3 keine Engine erreichbar, 4 keine solche Instanz, 5 ein anderes Programm arbeitet an der Instanz.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+81"/>
        <source>Take it over? [y/N] </source>
        <translation>Übernehmen? [y/N] </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed. Add --yes to take the stack over.</source>
        <translation>Nichts wurde geändert. Fügen Sie --yes hinzu, um den Stack zu übernehmen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported &quot;%1&quot; (id %2, Directus %3, database %4).</source>
        <translation>„%1“ importiert (ID %2, Directus %3, Datenbank %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now a Directus Desktop instance, running at %2</source>
        <translation>%1 ist jetzt eine Directus-Desktop-Instanz und läuft unter %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rewrote %1: its secret values are in %2 (only you can read it); the original is %3.</source>
        <translation>%1 umgeschrieben: Seine geheimen Werte stehen in %2 (nur Sie können sie lesen); das Original ist %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An instance named &quot;%1&quot; already exists. Choose another name with --name.</source>
        <translation>Eine Instanz namens „%1“ gibt es schon. Wählen Sie mit --name einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine cannot be reached, so no running stack named &quot;%1&quot; was looked for; the settings are imported and `start %1` brings it up later.</source>
        <translation>Die Engine ist nicht erreichbar, daher wurde kein laufender Stack „%1“ gesucht; die Einstellungen sind importiert, und `start %1` startet ihn später.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine already has a stack &quot;%1&quot; that belongs to another instance (id %2). Import under another name with --name.</source>
        <translation>Die Engine hat schon einen Stack „%1“, der zu einer anderen Instanz gehört (ID %2). Importieren Sie mit --name unter einem anderen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No stack named &quot;%1&quot; runs on the engine; `start %1` brings it up.</source>
        <translation>Auf der Engine läuft kein Stack „%1“; `start %1` startet ihn.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: %1 import FILE [--name NAME] [--yes] [--rewrite-file]</source>
        <translation>Aufruf: %1 import DATEI [--name NAME] [--yes] [--rewrite-file]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: %1 adopt NAME [--yes] [--rewrite-file]</source>
        <translation>Aufruf: %1 adopt NAME [--yes] [--rewrite-file]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No Directus stack named &quot;%1&quot; runs on the engine (`list` shows the stacks there).</source>
        <translation>Auf der Engine läuft kein Directus-Stack „%1“ (`list` zeigt die Stacks dort).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is a Directus Desktop instance already.</source>
        <translation>„%1“ ist bereits eine Directus-Desktop-Instanz.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1, the file the stack was started from.</source>
        <translation>%1 wird gelesen, die Datei, aus der der Stack gestartet wurde.</translation>
    </message>
</context>
<context>
    <name>dd::operations::AdoptedStackAction</name>
    <message>
        <location filename="../app/operations/AdoptedStackAction.cpp" line="+37"/>
        <source>Stopping %1</source>
        <translation>%1 wird gestoppt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
</context>
<context>
    <name>dd::operations::ContainerBringUp</name>
    <message>
        <location filename="../app/operations/ContainerBringUp.cpp" line="+48"/>
        <source>A container named %1 already exists and does not belong to this instance. Choose another instance name, or rename or remove that container (docker rm %1) if you no longer need it.</source>
        <translation>Ein Container namens %1 existiert bereits und gehört nicht zu dieser Instanz. Wählen Sie einen anderen Instanznamen, oder benennen Sie diesen Container um bzw. entfernen Sie ihn (docker rm %1), falls Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recreating %1 with the new settings</source>
        <translation>%1 wird mit den neuen Einstellungen neu erstellt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Port %1 on %2 is taken by another program. Pick another port for this instance (Settings, or `port:` in its spec) and start it again.</source>
        <translation>Port %1 auf %2 ist von einem anderen Programm belegt. Wählen Sie einen anderen Port für diese Instanz (Einstellungen, oder `port:` in ihrer Spezifikation) und starten Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preparing the database in %1 failed (exit code %2).</source>
        <translation>Das Vorbereiten der Datenbank in %1 ist fehlgeschlagen (Exit-Code %2).</translation>
    </message>
</context>
<context>
    <name>dd::operations::CreateOperation</name>
    <message>
        <location filename="../app/operations/CreateOperation.cpp" line="+61"/>
        <source>Looking for the containers</source>
        <translation>Container werden gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the secrets</source>
        <translation>Geheimnisse werden gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the instance</source>
        <translation>Instanz wird gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the images</source>
        <translation>Images werden geholt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the folders</source>
        <translation>Ordner werden vorbereitet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the stack&apos;s own containers</source>
        <translation>Die eigenen Container des Stacks werden angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the network</source>
        <translation>Netzwerk wird erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the volumes</source>
        <translation>Volumes werden erstellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting Directus (migrations may take a while)</source>
        <translation>Directus wird gestartet (Migrationen können eine Weile dauern)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the database</source>
        <translation>Datenbank wird gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the admin login</source>
        <translation>Admin-Anmeldung wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the compose file</source>
        <translation>Compose-Datei wird geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the stack&apos;s old containers</source>
        <translation>Die alten Container des Stacks werden entfernt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>and the app&apos;s own (%1) are there too</source>
        <translation>und die eigenen Container der App (%1) gibt es auch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and the app would have to make %1 next to them, on the same data</source>
        <translation>und die App müsste %1 daneben anlegen, auf denselben Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker compose made some containers of %1 from its own file (%2), %3. Start the whole stack with docker compose in its folder, or remove its compose containers (docker compose down: the data stays in its folders and volumes) and start %1 again to let the app make its own. Nothing was changed.</source>
        <translation>Docker Compose hat einige Container von %1 aus seiner eigenen Datei angelegt (%2), %3. Starten Sie den ganzen Stack mit docker compose in seinem Ordner, oder entfernen Sie seine Compose-Container (docker compose down: die Daten bleiben in ihren Ordnern und Volumes) und starten Sie %1 erneut, damit die App ihre eigenen anlegt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker compose made the containers of %1 (%2) from its own file; they were started as they are, so settings changed in this app do not reach them. To let the app make its own on the same data, stop %1, remove those containers (docker compose down) and start it again.</source>
        <translation>Docker Compose hat die Container von %1 (%2) aus seiner eigenen Datei angelegt; sie wurden so gestartet, wie sie sind, daher erreichen sie in dieser App geänderte Einstellungen nicht. Damit die App ihre eigenen auf denselben Daten anlegt, stoppen Sie %1, entfernen Sie diese Container (docker compose down) und starten Sie es erneut.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot give the folder %1 to uid 1000.</source>
        <translation>Der Ordner %1 kann nicht an UID 1000 übergeben werden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not give the folders to uid 1000 (the helper container exited with %1).</source>
        <translation>Die Ordner konnten nicht an UID 1000 übergeben werden (der Hilfscontainer wurde mit %1 beendet).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The container %1 was not on the engine; it was made again from the instance&apos;s settings.</source>
        <translation>Der Container %1 war nicht auf der Engine; er wurde aus den Einstellungen der Instanz neu erstellt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The admin password from the compose file does not log in (%1); it was probably changed in the Studio. Give the current one before an upgrade: `directus-desktop credentials %2 --set-password`.</source>
        <translation>Mit dem Admin-Passwort aus der Compose-Datei gelingt keine Anmeldung (%1); es wurde wohl im Studio geändert. Geben Sie vor einem Upgrade das aktuelle an: `directus-desktop credentials %2 --set-password`.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing was removed: the instance is as the failed start left it.</source>
        <translation>Nichts wurde entfernt: Die Instanz ist so, wie der fehlgeschlagene Start sie hinterlassen hat.</translation>
    </message>
</context>
<context>
    <name>dd::operations::ForeignContainers</name>
    <message>
        <location filename="../app/operations/ForeignContainers.cpp" line="+62"/>
        <source>The container %1 belongs to another Directus Desktop instance (id %2) of the same name; rename one of them first.</source>
        <translation>Der Container %1 gehört zu einer anderen Directus-Desktop-Instanz (ID %2) desselben Namens; benennen Sie zuerst eine davon um.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Removed the old container %1.</source>
        <translation>Der alte Container %1 wurde entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept its unnamed volume %1 (docker volume rm removes it).</source>
        <translation>Sein unbenanntes Volume %1 bleibt erhalten (docker volume rm entfernt es).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not give %1 its name back: %2</source>
        <translation>%1 konnte seinen Namen nicht zurückerhalten: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the container %1 back as it was.</source>
        <translation>Der Container %1 ist wieder wie vorher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the container %1 back and started it.</source>
        <translation>Der Container %1 ist wieder da und gestartet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the container %1 back, but it did not start: %2</source>
        <translation>Der Container %1 ist wieder da, startete aber nicht: %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::ImagePuller</name>
    <message>
        <location filename="../app/operations/ImagePuller.cpp" line="+33"/>
        <source>Pulling %1</source>
        <translation>%1 wird heruntergeladen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not pull %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceContainers</name>
    <message>
        <location filename="../app/operations/InstanceContainers.cpp" line="+52"/>
        <source>No container of %1 was found on the engine.</source>
        <translation>Auf der Engine wurde kein Container von %1 gefunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (made by hand, not by this app)</source>
        <translation>%1 (von Hand erstellt, nicht von dieser App)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (made by docker compose for the project %2, not by this app)</source>
        <translation>%1 (von docker compose für das Projekt %2 erstellt, nicht von dieser App)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine has %1; they are left as they are.</source>
        <translation>Die Engine hat %1; sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start %1 to make its containers again from its settings (its data is in its volumes or folders).</source>
        <translation>Starten Sie %1, um seine Container aus seinen Einstellungen neu zu erstellen (seine Daten liegen in seinen Volumes oder Ordnern).</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceLock</name>
    <message>
        <location filename="../app/operations/InstanceLock.cpp" line="+120"/>
        <source>Cannot write the lock file %1: check the permissions of its folder and the free disk space.</source>
        <translation>Die Sperrdatei %1 kann nicht geschrieben werden: Prüfen Sie die Rechte ihres Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another program works on %1 right now. Wait until it has finished and try again; nothing was changed.</source>
        <translation>Ein anderes Programm arbeitet gerade an %1. Warten Sie, bis es fertig ist, und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceLock::Holder</name>
    <message>
        <location line="-67"/>
        <source>the Directus Desktop window</source>
        <translation>dem Fenster von Directus Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>der Kommandozeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Directus Desktop</source>
        <translation>einem anderen Directus Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operation from %1, pid %2</source>
        <translation>Ein Vorgang aus %1, PID %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` from %2, pid %3</source>
        <translation>`%1` aus %2, PID %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, holds %2. Wait until it has finished and try again; nothing was changed.</source>
        <translation>%1, hält %2. Warten Sie, bis der Vorgang fertig ist, und versuchen Sie es erneut; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>dd::operations::ItemCounts</name>
    <message>
        <location filename="../app/operations/ItemCounts.cpp" line="+29"/>
        <source>no collections of its own</source>
        <translation>keine eigenen Sammlungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the collections could not be listed: %1</source>
        <translation>die Sammlungen ließen sich nicht auflisten: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the collection %1 could not be read: %2</source>
        <translation>die Sammlung %1 ließ sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collection %1 gave no item count</source>
        <translation>die Sammlung %1 nannte keine Anzahl von Einträgen</translation>
    </message>
</context>
<context>
    <name>dd::operations::ReadinessWaiter</name>
    <message>
        <location filename="../app/operations/ReadinessWaiter.cpp" line="+42"/>
        <source>%1 did not become ready within %2 minutes. It was left running: look at its log, then start the instance again.</source>
        <translation>%1 wurde nicht innerhalb von %2 Minuten bereit. Der Container läuft weiter: Sehen Sie sich sein Protokoll an und starten Sie die Instanz dann erneut.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 stopped while starting (exit code %2) and keeps being restarted.</source>
        <translation>%1 wurde beim Starten beendet (Exit-Code %2) und wird immer wieder neu gestartet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stopped while starting (exit code %2).</source>
        <translation>%1 wurde beim Starten beendet (Exit-Code %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::RestoreOperation</name>
    <message>
        <location filename="../app/operations/RestoreOperation.cpp" line="+48"/>
        <source>Checking the backup</source>
        <translation>Backup wird geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the data as it is now (Directus is stopped meanwhile)</source>
        <translation>Die jetzigen Daten werden gesichert (Directus ist währenddessen gestoppt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring the database, uploads and extensions</source>
        <translation>Datenbank, Uploads und Erweiterungen werden wiederhergestellt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting Directus on the restored data</source>
        <translation>Directus wird mit den wiederhergestellten Daten gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the admin login and the restored items</source>
        <translation>Admin-Anmeldung und wiederhergestellte Einträge werden geprüft</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finishing the interrupted restore</source>
        <translation>Die unterbrochene Wiederherstellung wird abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+327"/>
        <source>Starting Directus again</source>
        <translation>Directus wird wieder gestartet</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>This backup holds a %1 database, but %2 uses %3: it cannot be restored there.</source>
        <translation>Dieses Backup enthält eine %1-Datenbank, %2 nutzt aber %3: Es kann dort nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is of Directus %1, and %2 runs %3: a restore needs the same version. Clone it to a new instance instead.</source>
        <translation>Dieses Backup stammt von Directus %1, und %2 läuft mit %3: Eine Wiederherstellung braucht dieselbe Version. Klonen Sie es stattdessen in eine neue Instanz.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only %1 MB are free in %2, too little for the safety backup a restore makes first. Free some space, or restore without a safety backup.</source>
        <translation>In %2 sind nur %1 MB frei, zu wenig für die Sicherheitskopie, die eine Wiederherstellung zuerst anlegt. Geben Sie Speicherplatz frei oder stellen Sie ohne Sicherheitskopie wieder her.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>before restoring the backup of %1</source>
        <translation>vor dem Wiederherstellen des Backups vom %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data as it was before the restore is kept in the safety backup %1.</source>
        <translation>Die Daten, wie sie vor der Wiederherstellung waren, liegen in der Sicherheitskopie %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Directus container of %1 is gone.</source>
        <translation>Der Directus-Container von %1 ist verschwunden.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The admin login could not be tried after the restore: %1</source>
        <translation>Die Admin-Anmeldung konnte nach der Wiederherstellung nicht versucht werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The admin password stored for %1 does not log in to the restored data: the backup was made when %2 had another password. Give that one with `directus-desktop credentials %1 --set-password`.</source>
        <translation>Das für %1 gespeicherte Admin-Passwort meldet sich bei den wiederhergestellten Daten nicht an: Das Backup entstand, als %2 ein anderes Passwort hatte. Geben Sie jenes mit `directus-desktop credentials %1 --set-password` an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus does not let the admin log in after the restore: %1</source>
        <translation>Directus lässt den Admin nach der Wiederherstellung nicht anmelden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restored data cannot be read: %1.</source>
        <translation>Die wiederhergestellten Daten lassen sich nicht lesen: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items per collection after the restore: %1.</source>
        <translation>Einträge je Sammlung nach der Wiederherstellung: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No safety backup was made, so %1 could not be put back as it was; it is left stopped.</source>
        <translation>Es wurde keine Sicherheitskopie angelegt, daher konnte %1 nicht in den vorigen Zustand gebracht werden; die Instanz bleibt gestoppt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Putting the safety backup back failed too: %1. %2 is left stopped; the next start of the app (or `directus-desktop recover`) tries again. The safety backup is %3.</source>
        <translation>Auch das Zurückspielen der Sicherheitskopie ist gescheitert: %1. %2 bleibt gestoppt; der nächste Start der App (oder `directus-desktop recover`) versucht es erneut. Die Sicherheitskopie ist %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data of %1 was put back from the safety backup %2: it is as it was before the restore.</source>
        <translation>Die Daten von %1 wurden aus der Sicherheitskopie %2 zurückgespielt: Sie sind wie vor der Wiederherstellung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting back the data from the safety backup %1</source>
        <translation>Die Daten werden aus der Sicherheitskopie %1 zurückgespielt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the safety backup %1 cannot be read</source>
        <translation>die Sicherheitskopie %1 lässt sich nicht lesen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 had been restored from %2 when the app was interrupted; it was started again.</source>
        <translation>%1 war aus %2 wiederhergestellt, als die App unterbrochen wurde; die Instanz wurde wieder gestartet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore of %1 from %2 was interrupted before it changed anything; %1 was started again as it was. Restore again if you still want the backup&apos;s data.</source>
        <translation>Die Wiederherstellung von %1 aus %2 wurde unterbrochen, bevor sie etwas geändert hatte; %1 wurde unverändert wieder gestartet. Stellen Sie erneut wieder her, wenn Sie die Daten des Backups weiterhin möchten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 cannot be read.</source>
        <translation>Das Backup %1 lässt sich nicht lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring %1 from %2 again</source>
        <translation>%1 wird erneut aus %2 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore of %1 from %2 was interrupted; it was done again and %1 was started.</source>
        <translation>Die Wiederherstellung von %1 aus %2 wurde unterbrochen; sie wurde wiederholt und %1 gestartet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The interrupted restore of %1 cannot be finished: %2 %1 is left stopped with its data partly replaced. %3 Then run `directus-desktop recover` or open the app again.</source>
        <translation>Die unterbrochene Wiederherstellung von %1 kann nicht abgeschlossen werden: %2 %1 bleibt gestoppt, seine Daten sind teilweise ersetzt. %3 Führen Sie dann `directus-desktop recover` aus oder öffnen Sie die App erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the backup %1 readable again (reconnect the disk it is on).</source>
        <translation>Machen Sie das Backup %1 wieder lesbar (schließen Sie das Laufwerk wieder an, auf dem es liegt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Putting the safety backup back failed as well (%1): make the backup %2 or the safety backup %3 readable again.</source>
        <translation>Auch das Zurückspielen der Sicherheitskopie ist gescheitert (%1): Machen Sie das Backup %2 oder die Sicherheitskopie %3 wieder lesbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restore of %1 was interrupted and could not be finished (%2); its data was put back from the safety backup %3, as it was before the restore.</source>
        <translation>Die Wiederherstellung von %1 wurde unterbrochen und konnte nicht abgeschlossen werden (%2); die Daten wurden aus der Sicherheitskopie %3 zurückgespielt, wie sie vor der Wiederherstellung waren.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Directus could not be started again: %1</source>
        <translation>Directus konnte nicht wieder gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>dd::operations::StackCleanup</name>
    <message>
        <location filename="../app/operations/StackCleanup.cpp" line="+98"/>
        <source>The container %1 is still on the engine.</source>
        <translation>Der Container %1 ist noch auf der Engine.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deleted the volume %1.</source>
        <translation>Volume %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept the volume %1.</source>
        <translation>Volume %1 behalten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the folder %1.</source>
        <translation>Ordner %1 behalten.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not delete the instance&apos;s own files in %1.</source>
        <translation>Die eigenen Dateien der Instanz in %1 konnten nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>dd::operations::StackDiscovery</name>
    <message>
        <location filename="../app/operations/StackDiscovery.cpp" line="+37"/>
        <source>The engine&apos;s container list was not a JSON array.</source>
        <translation>Die Containerliste der Engine war kein JSON-Array.</translation>
    </message>
</context>
<context>
    <name>dd::operations::StopOperation</name>
    <message>
        <location filename="../app/operations/StopOperation.cpp" line="+15"/>
        <source>Directus</source>
        <translation>Directus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Stopping %1</source>
        <translation>%1 wird gestoppt</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Checking that %1 has stopped</source>
        <translation>Prüfen, dass %1 gestoppt ist</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The %1 container of %2 was not found (removed outside this app?); starting %2 makes it again.</source>
        <translation>Der Container für %1 von %2 wurde nicht gefunden (außerhalb dieser App entfernt?); ein Start von %2 erstellt ihn neu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 did not stop: the engine says %2 still runs. Stop it again; if it keeps running, restart the container engine.</source>
        <translation>%1 wurde nicht gestoppt: Laut Engine läuft %2 noch. Stoppen Sie es erneut; läuft es weiter, starten Sie die Container-Engine neu.</translation>
    </message>
</context>
<context>
    <name>dd::operations::TakeOverPlan</name>
    <message>
        <location filename="../app/operations/TakeOverPlan.cpp" line="+19"/>
        <source>volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The stack &quot;%1&quot; was not started from a compose file, so its settings cannot be read. Write them into a docker-compose.yml and run `import FILE --name %1`.</source>
        <translation>Der Stack „%1“ wurde nicht aus einer Compose-Datei gestartet, daher lassen sich seine Einstellungen nicht lesen. Schreiben Sie sie in eine docker-compose.yml und führen Sie `import DATEI --name %1` aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stack &quot;%1&quot; was started from %2, which is not there any more. Run `import FILE --name %1` with its current file.</source>
        <translation>Der Stack „%1“ wurde aus %2 gestartet, die es nicht mehr gibt. Führen Sie `import DATEI --name %1` mit seiner aktuellen Datei aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking over &quot;%1&quot; (Directus %2, database %3):</source>
        <translation>„%1“ wird übernommen (Directus %2, Datenbank %3):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its containers %1 are replaced by Directus Desktop&apos;s own; the data stays where it is:</source>
        <translation>seine Container %1 werden durch die von Directus Desktop ersetzt; die Daten bleiben, wo sie sind:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploads: %1</source>
        <translation>Uploads: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite: %1</source>
        <translation>SQLite: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database files: %1</source>
        <translation>Datenbankdateien: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the secrets in the file go to the secret store; the file itself is not changed (--rewrite-file moves them into a private .env beside it).</source>
        <translation>die Geheimnisse aus der Datei kommen in den Geheimnisspeicher; die Datei selbst bleibt unverändert (--rewrite-file verschiebt sie in eine private .env daneben).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secrets in the file go to the secret store, and %1 gets ${VAR} references to a private .env instead (its original is kept beside it).</source>
        <translation>die Geheimnisse aus der Datei kommen in den Geheimnisspeicher, und %1 erhält stattdessen ${VAR}-Verweise auf eine private .env (das Original bleibt daneben erhalten).</translation>
    </message>
</context>
<context>
    <name>dd::operations::UpgradeOperation</name>
    <message>
        <location filename="../app/operations/UpgradeOperation.cpp" line="+122"/>
        <source>Checking the upgrade</source>
        <translation>Upgrade wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Reading the secrets</source>
        <translation>Geheimnisse werden gelesen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Checking the stored admin login</source>
        <translation>Gespeicherte Admin-Anmeldung wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting Directus %1</source>
        <translation>Directus %1 wird geholt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up (Directus is stopped meanwhile)</source>
        <translation>Sicherung wird erstellt (Directus ist währenddessen gestoppt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the old container</source>
        <translation>Der alte Container wird aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the new version</source>
        <translation>Die neue Version wird gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting Directus %1 (migrating the database; this may take a while)</source>
        <translation>Directus %1 wird gestartet (die Datenbank wird migriert; das kann eine Weile dauern)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the admin login</source>
        <translation>Admin-Anmeldung wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Removing the old container</source>
        <translation>Der alte Container wird entfernt</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Writing the compose file</source>
        <translation>Compose-Datei wird geschrieben</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finding the backup made before the upgrade</source>
        <translation>Die vor dem Upgrade erstellte Sicherung wird gesucht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rolling back to %1</source>
        <translation>Zurücksetzen auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade to %1 was interrupted at &quot;%2&quot;; the instance was rolled back to %3.</source>
        <translation>Das Upgrade auf %1 wurde bei „%2“ unterbrochen; die Instanz wurde auf %3 zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between steps</source>
        <translation>zwischen zwei Schritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rollback could not be completed.</source>
        <translation>Das Zurücksetzen konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a Directus version. Pick a version such as 10.13.4.</source>
        <translation>„%1“ ist keine Directus-Version. Wählen Sie eine Version wie 10.13.4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick an exact version (such as 11.1.2) rather than &quot;%1&quot;: an upgrade must know which version it installs, so it can be rolled back.</source>
        <translation>Wählen Sie eine genaue Version (etwa 11.1.2) statt „%1“: Ein Upgrade muss wissen, welche Version es installiert, damit es zurückgesetzt werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs the floating tag &quot;%2&quot;, so which version it really has is unknown. Set its exact version first.</source>
        <translation>%1 verwendet das bewegliche Tag „%2“, daher ist unbekannt, welche Version wirklich läuft. Legen Sie zuerst die genaue Version fest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already runs Directus %2.</source>
        <translation>%1 läuft bereits mit Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directus cannot go back to an older version (%1 is older than %2): its database migrations only run forward. Restore a backup made with %1 instead.</source>
        <translation>Directus kann nicht zu einer älteren Version zurückkehren (%1 ist älter als %2): Seine Datenbankmigrationen laufen nur vorwärts. Stellen Sie stattdessen eine mit %1 erstellte Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only %1 MB are free in %2, too little for the backup the upgrade makes first. Free some space or choose another backup folder.</source>
        <translation>In %2 sind nur %1 MB frei, zu wenig für die Sicherung, die das Upgrade zuerst erstellt. Geben Sie Platz frei oder wählen Sie einen anderen Sicherungsordner.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 was not running, so the stored admin password could not be tried before the upgrade; the upgrade checks it at its end.</source>
        <translation>%1 lief nicht, daher konnte das gespeicherte Admin-Passwort vor dem Upgrade nicht ausprobiert werden; das Upgrade prüft es an seinem Ende.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The admin login could not be tried before the upgrade (%1).</source>
        <translation>Die Admin-Anmeldung konnte vor dem Upgrade nicht ausprobiert werden (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The admin password stored for %1 no longer logs in as %2 (it was changed in the Studio, or two-factor login is on). The upgrade checks that login at its end and would roll back a good upgrade for it: give the current password first (`directus-desktop credentials %1 --set-password`) and upgrade again. Nothing was changed.</source>
        <translation>Mit dem für %1 gespeicherten Admin-Passwort gelingt keine Anmeldung als %2 mehr (es wurde im Studio geändert, oder die Zwei-Faktor-Anmeldung ist an). Das Upgrade prüft diese Anmeldung an seinem Ende und würde deswegen ein gelungenes Upgrade zurückrollen: geben Sie zuerst das aktuelle Passwort an (`directus-desktop credentials %1 --set-password`) und starten Sie das Upgrade erneut. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>before upgrade to %1</source>
        <translation>vor dem Upgrade auf %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1</source>
        <translation>Sicherung geschrieben nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup made before the upgrade: %1</source>
        <translation>Die vor dem Upgrade erstellte Sicherung: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup made before the upgrade (%1) cannot be read.</source>
        <translation>Die vor dem Upgrade erstellte Sicherung (%1) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Directus %1 could not migrate the database: %2</source>
        <translation>Directus %1 konnte die Datenbank nicht migrieren: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Directus %1 runs and the admin login works; only the tidying up failed. Remove the container %2 yourself when you no longer need it.</source>
        <translation>Directus %1 läuft und die Admin-Anmeldung funktioniert; nur das Aufräumen ist fehlgeschlagen. Entfernen Sie den Container %2 selbst, wenn Sie ihn nicht mehr brauchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed: %1 still runs Directus %2.</source>
        <translation>Nichts wurde geändert: %1 läuft weiterhin mit Directus %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the instance&apos;s secrets (unlock the secret store, or make it available again)</source>
        <translation>die Geheimnisse der Instanz (entsperren Sie den Geheimnisspeicher oder machen Sie ihn wieder verfügbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup made before the upgrade, %1 (reconnect the disk it is on)</source>
        <translation>die vor dem Upgrade erstellte Sicherung, %1 (schließen Sie den Datenträger wieder an, auf dem sie liegt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was rolled back yet: Directus %1 may have migrated the database, and going back to %2 starts with restoring the backup, which needs %3. %4 is left stopped and its data untouched; once that is done, run `directus-desktop recover` or open the app again, and the interrupted upgrade is rolled back then.</source>
        <translation>Noch wurde nichts zurückgesetzt: Directus %1 hat die Datenbank womöglich migriert, und der Weg zurück zu %2 beginnt mit dem Wiederherstellen der Sicherung, das %3 braucht. %4 bleibt gestoppt und seine Daten unberührt; ist das erledigt, führen Sie `directus-desktop recover` aus oder öffnen Sie die App erneut, dann wird das unterbrochene Upgrade zurückgesetzt.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rolling back to Directus %1</source>
        <translation>Zurücksetzen auf Directus %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new container %1 could not be removed: %2</source>
        <translation>Der neue Container %1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The old container %1 could not get its name back: %2</source>
        <translation>Der alte Container %1 konnte seinen Namen nicht zurückbekommen: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring the database and files from %1</source>
        <translation>Datenbank und Dateien werden aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup failed: %1. Directus is left stopped; the backup is in %2. Run `directus-desktop recover` (or open the app again) to try the restore again.</source>
        <translation>Das Wiederherstellen der Sicherung ist fehlgeschlagen: %1. Directus bleibt gestoppt; die Sicherung liegt in %2. Führen Sie `directus-desktop recover` aus (oder öffnen Sie die App erneut), um die Wiederherstellung noch einmal zu versuchen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database and files were restored from the backup made before the upgrade.</source>
        <translation>Datenbank und Dateien wurden aus der vor dem Upgrade erstellten Sicherung wiederhergestellt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance&apos;s settings could not be saved back: %1</source>
        <translation>Die Einstellungen der Instanz konnten nicht zurückgeschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets could not be read, so Directus %1 was not started again. Start the instance once the secret store is available.</source>
        <translation>Die Geheimnisse konnten nicht gelesen werden, daher wurde Directus %1 nicht wieder gestartet. Starten Sie die Instanz, sobald der Geheimnisspeicher verfügbar ist.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Directus %1 did not start again: %2</source>
        <translation>Directus %1 ist nicht wieder gestartet: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 runs Directus %2 again and the admin login works.</source>
        <translation>%1 läuft wieder mit Directus %2, und die Admin-Anmeldung funktioniert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Directus %2 again, but the admin login failed: %3</source>
        <translation>%1 läuft wieder mit Directus %2, aber die Admin-Anmeldung ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup made before the upgrade is kept in %1.</source>
        <translation>Die vor dem Upgrade erstellte Sicherung bleibt in %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>dd::ui::AdminPage</name>
    <message>
        <location filename="../ui/wizard/AdminPage.cpp" line="+24"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user of Directus Studio. The password is kept in the system keychain (or the file you chose), never in the instance&apos;s files.</source>
        <translation>Der erste Benutzer von Directus Studio. Das Passwort wird im Schlüsselbund des Systems (oder in der gewählten Datei) aufbewahrt, nie in den Dateien der Instanz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Admin email</source>
        <translation>Admin-E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Admin password</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Generate a strong password</source>
        <translation>Ein starkes Passwort erzeugen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the password</source>
        <translation>Das Passwort anzeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
</context>
<context>
    <name>dd::ui::BackupsTab</name>
    <message>
        <location filename="../ui/backups/BackupsTab.cpp" line="+42"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directus</source>
        <translation>Directus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bac&amp;k up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected backup</source>
        <translation>Die ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clone to a new instance…</source>
        <translation>In neue Instanz &amp;klonen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clone the selected backup to a new instance</source>
        <translation>Die ausgewählte Sicherung in eine neue Instanz klonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the backups folder</source>
        <translation>Den Sicherungsordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backups of %1 in %2. A backup holds the database, the uploads and the extensions.</source>
        <translation>Sicherungen von %1 in %2. Eine Sicherung enthält die Datenbank, die Uploads und die Erweiterungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made for instances this app manages. Import this stack first (File ▸ Import).</source>
        <translation>Sicherungen werden für Instanzen erstellt, die diese App verwaltet. Importieren Sie diesen Stack zuerst (Datei ▸ Importieren).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of %1 (Directus %2)?

The database, uploads and extensions of %3 are replaced by the backup&apos;s; what was changed since then is lost. Directus is stopped during the restore and started again afterwards.

A safety backup of the data as it is now is made first (it appears in this list) and is put back if the restore fails.</source>
        <translation>Das Backup von %1 (Directus %2) wiederherstellen?

Datenbank, Uploads und Erweiterungen von %3 werden durch die des Backups ersetzt; was seitdem geändert wurde, geht verloren. Directus ist während der Wiederherstellung gestoppt und wird danach wieder gestartet.

Zuerst wird eine Sicherheitskopie der jetzigen Daten angelegt (sie erscheint in dieser Liste) und zurückgespielt, wenn die Wiederherstellung scheitert.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Restored; %1 is running again. The data as it was before is in the safety backup.</source>
        <translation>Wiederhergestellt; %1 läuft wieder. Die Daten von vorher liegen in der Sicherheitskopie.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>This backup was made with Directus %1 and %2 runs %3. Directus cannot go back to an older version; clone the backup to a new instance instead.</source>
        <translation>Diese Sicherung wurde mit Directus %1 erstellt, und %2 läuft mit %3. Directus kann nicht zu einer älteren Version zurückkehren; klonen Sie die Sicherung stattdessen in eine neue Instanz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with the backup</source>
        <translation>Durch die Sicherung ersetzen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring %1 from %2…</source>
        <translation>%1 wird aus %2 wiederhergestellt …</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Clone to a new instance</source>
        <translation>In eine neue Instanz klonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new instance (made from the backup of %1):</source>
        <translation>Name der neuen Instanz (aus der Sicherung von %1):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making %1 from the backup…</source>
        <translation>%1 wird aus der Sicherung erstellt …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is ready: a copy of %2 from the backup.</source>
        <translation>%1 ist bereit: eine Kopie von %2 aus der Sicherung.</translation>
    </message>
</context>
<context>
    <name>dd::ui::BasicsPage</name>
    <message>
        <location filename="../ui/wizard/BasicsPage.cpp" line="+48"/>
        <source>Name and version</source>
        <translation>Name und Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is also the Docker Compose project name, so `docker compose -p NAME ps` finds it.</source>
        <translation>Der Name ist auch der Name des Docker-Compose-Projekts, sodass `docker compose -p NAME ps` es findet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>for example: blog</source>
        <translation>zum Beispiel: blog</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Directus version</source>
        <translation>Directus-Version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directus 12 runs without a licence key on its free Core tier; SSO, custom permission rules and custom AI models need a licence key, and the Studio asks which you use at the first sign-in.</source>
        <translation>Directus 12 läuft ohne Lizenzschlüssel in der kostenlosen Core-Stufe; SSO, eigene Berechtigungsregeln und eigene KI-Modelle brauchen einen Lizenzschlüssel, und das Studio fragt bei der ersten Anmeldung, was Sie nutzen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product line</source>
        <translation>Produktlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus (directus/directus)</source>
        <translation>Directus (directus/directus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus 9 community fork (lawebcapsule/directus9)</source>
        <translation>Community-Fork von Directus 9 (lawebcapsule/directus9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product line:</source>
        <translation>&amp;Produktlinie:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading the list of versions…</source>
        <translation>Liste der Versionen wird geladen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of versions could not be loaded (%1). Type a version, such as 11.1.2.</source>
        <translation>Die Liste der Versionen konnte nicht geladen werden (%1). Geben Sie eine Version ein, etwa 11.1.2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n version(s) listed; you may also type a tag.</source>
        <translation>
            <numerusform>%n Version aufgeführt; Sie können auch ein Tag eingeben.</numerusform>
            <numerusform>%n Versionen aufgeführt; Sie können auch ein Tag eingeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::CreatePage</name>
    <message>
        <location filename="../ui/wizard/CreatePage.cpp" line="+45"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change settings</source>
        <translation>Einstellungen ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the instance</source>
        <translation>Instanz wird erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first start of Directus runs its database migrations; that takes a minute or two.</source>
        <translation>Der erste Start von Directus führt die Datenbankmigrationen aus; das dauert ein bis zwei Minuten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress messages</source>
        <translation>Fortschrittsmeldungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry creating the instance</source>
        <translation>Erstellen der Instanz erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back and change the settings</source>
        <translation>Zurückgehen und die Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Storing the passwords…</source>
        <translation>Passwörter werden gespeichert …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine is gone. Start it again, then choose Retry.</source>
        <translation>Die Docker-Engine ist weg. Starten Sie sie wieder und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The passwords could not be stored: %1</source>
        <translation>Die Passwörter konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download of %1</source>
        <translation>Download von %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is ready.</source>
        <translation>%1 ist bereit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Failed at “%1”: %2</source>
        <translation>Fehlgeschlagen bei „%1“: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance was not created, and what this attempt made has been removed. Fix the cause and choose Retry, or change the settings.</source>
        <translation>Die Instanz wurde nicht erstellt, und was dieser Versuch angelegt hat, wurde entfernt. Beheben Sie die Ursache und wählen Sie „Erneut versuchen“, oder ändern Sie die Einstellungen.</translation>
    </message>
</context>
<context>
    <name>dd::ui::DangerZoneTab</name>
    <message>
        <location filename="../ui/instance/DangerZoneTab.cpp" line="+32"/>
        <source>Also delete the dat&amp;a volumes (uploads, database, extensions)</source>
        <translation>Auch die D&amp;aten-Volumes löschen (Uploads, Datenbank, Erweiterungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove instance…</source>
        <translation>Instanz ent&amp;fernen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also delete the data volumes</source>
        <translation>Auch die Daten-Volumes löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the instance</source>
        <translation>Die Instanz entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This stack was made with docker compose, not by this app: remove it where it was made (docker compose -p %1 down).</source>
        <translation>Dieser Stack wurde mit docker compose erstellt, nicht von dieser App: Entfernen Sie ihn dort, wo er erstellt wurde (docker compose -p %1 down).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing %1 deletes its containers, its network, its secrets in the secret store and its settings. Its data is kept unless you choose to delete the volumes below; folders on this computer are never deleted.</source>
        <translation>Das Entfernen von %1 löscht seine Container, sein Netzwerk, seine Geheimnisse im Geheimnisspeicher und seine Einstellungen. Die Daten bleiben erhalten, sofern Sie nicht unten das Löschen der Volumes wählen; Ordner auf diesem Computer werden nie gelöscht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1? Its containers, network, secrets and settings are deleted.</source>
        <translation>%1 entfernen? Container, Netzwerk, Geheimnisse und Einstellungen werden gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These volumes are deleted for good, with everything in them: %1.</source>
        <translation>Diese Volumes werden endgültig gelöscht, mit allem, was darin ist: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These volumes are kept: %1.</source>
        <translation>Diese Volumes bleiben erhalten: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These folders are kept: %1.</source>
        <translation>Diese Ordner bleiben erhalten: %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove instance</source>
        <translation>Instanz entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove and delete data</source>
        <translation>Entfernen und Daten löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabasePage</name>
    <message>
        <location filename="../ui/wizard/DatabasePage.cpp" line="+28"/>
        <source>I accept Microsoft&apos;s licence terms (EULA) for the SQL Server image</source>
        <translation>Ich akzeptiere die Lizenzbedingungen (EULA) von Microsoft für das SQL-Server-Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing server</source>
        <translation>Der vorhandene Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SQLite needs nothing else and suits most local work. A database server runs in a container next to Directus.</source>
        <translation>SQLite braucht sonst nichts und passt für die meiste lokale Arbeit. Ein Datenbankserver läuft in einem Container neben Directus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept the SQL Server licence terms</source>
        <translation>Die Lizenzbedingungen von SQL Server akzeptieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the SQL Server licence terms</source>
        <translation>Die Lizenzbedingungen von SQL Server lesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of database server</source>
        <translation>Art des Datenbankservers</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s usual port</source>
        <translation>der übliche Port des Servers</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter the password of this database user.</source>
        <translation>Geben Sie das Passwort dieses Datenbankbenutzers ein.</translation>
    </message>
</context>
<context>
    <name>dd::ui::DonePage</name>
    <message>
        <location filename="../ui/wizard/DonePage.cpp" line="+23"/>
        <source>&amp;Open Studio</source>
        <translation>&amp;Studio öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy credentials</source>
        <translation>Zugangsdaten &amp;kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Directus Studio in the browser</source>
        <translation>Directus Studio im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the admin login to the clipboard</source>
        <translation>Die Admin-Anmeldung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>URL: %1
Email: %2
Password: %3</source>
        <translation>URL: %1
E-Mail: %2
Passwort: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Kopiert. Fügen Sie sie in Ihren Passwortmanager ein und leeren Sie dann die Zwischenablage.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 runs at %2.

Log in to Directus Studio as %3 with the password you chose. The password is also kept in %4; the instance is in the main window&apos;s list.</source>
        <translation>%1 läuft unter %2.

Melden Sie sich bei Directus Studio als %3 mit dem gewählten Passwort an. Das Passwort wird außerdem in %4 aufbewahrt; die Instanz steht in der Liste des Hauptfensters.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineBanner</name>
    <message>
        <location filename="../ui/EngineBanner.cpp" line="+12"/>
        <source>No Docker engine answers</source>
        <translation>Keine Docker-Engine antwortet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine problem</source>
        <translation>Engine-Problem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why no engine was found</source>
        <translation>Warum keine Engine gefunden wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next automatic try</source>
        <translation>Nächster automatischer Versuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry connecting to the Docker engine</source>
        <translation>Erneut mit der Docker-Engine verbinden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Trying to connect…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Neuer Versuch in %n Sekunde.</numerusform>
            <numerusform>Neuer Versuch in %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again now.</source>
        <translation>Neuer Versuch jetzt.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineCheckPage</name>
    <message>
        <location filename="../ui/wizard/EngineCheckPage.cpp" line="+19"/>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker engine</source>
        <translation>Docker-Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus runs in containers, so Directus Desktop needs a running Docker engine (Docker Engine, Docker Desktop, Podman, Colima, Rancher Desktop or OrbStack).</source>
        <translation>Directus läuft in Containern, daher braucht Directus Desktop eine laufende Docker-Engine (Docker Engine, Docker Desktop, Podman, Colima, Rancher Desktop oder OrbStack).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engine status</source>
        <translation>Engine-Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoints tried</source>
        <translation>Versuchte Endpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry finding the Docker engine</source>
        <translation>Erneut nach der Docker-Engine suchen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Looking for a Docker engine…</source>
        <translation>Suche nach einer Docker-Engine …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A Docker engine answers. Continue with Next.</source>
        <translation>Eine Docker-Engine antwortet. Fahren Sie mit „Weiter“ fort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Docker engine answers. Start Docker (or Podman), or fix what is said below, then choose Retry.</source>
        <translation>Keine Docker-Engine antwortet. Starten Sie Docker (oder Podman) oder beheben Sie, was unten steht, und wählen Sie dann „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineWatcher</name>
    <message>
        <location filename="../ui/EngineWatcher.cpp" line="+126"/>
        <source>the event stream ended</source>
        <translation>der Ereignisstrom ist beendet</translation>
    </message>
</context>
<context>
    <name>dd::ui::EnvEditor</name>
    <message>
        <location filename="../ui/instance/EnvEditor.cpp" line="+20"/>
        <source>&amp;Add variable</source>
        <translation>Variable &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move variable</source>
        <translation>Variable &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra environment variables</source>
        <translation>Zusätzliche Umgebungsvariablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an environment variable</source>
        <translation>Eine Umgebungsvariable hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected environment variable</source>
        <translation>Die ausgewählte Umgebungsvariable entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on the environment</source>
        <translation>Hinweise zur Umgebung</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>•••••• (kept in the secret store)</source>
        <translation>•••••• (im Geheimnisspeicher)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password or token taken over from the compose file. Directus Desktop keeps it in the secret store and gives it to the container; remove the row to stop passing it.</source>
        <translation>Ein aus der Compose-Datei übernommenes Passwort oder Token. Directus Desktop bewahrt es im Geheimnisspeicher auf und gibt es an den Container weiter; entfernen Sie die Zeile, um es nicht mehr weiterzugeben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Error:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:</source>
        <translation>Warnung:</translation>
    </message>
</context>
<context>
    <name>dd::ui::FieldFeedback</name>
    <message>
        <location filename="../ui/wizard/FieldFeedback.cpp" line="+117"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>dd::ui::InstanceListModel</name>
    <message>
        <location filename="../ui/InstanceListModel.cpp" line="+120"/>
        <source>%1, Directus %2, %3, %4</source>
        <translation>%1, Directus %2, %3, %4</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>adopted stack</source>
        <translation>übernommener Stack</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking</source>
        <translation>wird geprüft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (engine unreachable)</source>
        <translation>unbekannt (Engine nicht erreichbar)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>starting</source>
        <translation>startet</translation>
    </message>
</context>
<context>
    <name>dd::ui::InstancePage</name>
    <message>
        <location filename="../ui/InstancePage.cpp" line="+48"/>
        <source>Open &amp;Studio</source>
        <translation>&amp;Studio öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estart</source>
        <translation>N&amp;eu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;ke over…</source>
        <translation>Über&amp;nehmen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instance name</source>
        <translation>Instanzname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance address</source>
        <translation>Adresse der Instanz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation status</source>
        <translation>Status des Vorgangs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Directus Studio in the browser</source>
        <translation>Directus Studio im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the instance</source>
        <translation>Die Instanz starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the instance</source>
        <translation>Die Instanz stoppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the instance</source>
        <translation>Die Instanz neu starten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade Directus</source>
        <translation>Directus aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take this stack over, with its data where it is</source>
        <translation>Diesen Stack mit seinen Daten an Ort und Stelle übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus Desktop replaces this stack&apos;s containers with its own on the same folders and volumes, so it can back it up, restore and upgrade it.</source>
        <translation>Directus Desktop ersetzt die Container dieses Stacks durch eigene auf denselben Ordnern und Volumes und kann ihn dann sichern, wiederherstellen und aktualisieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance details</source>
        <translation>Details der Instanz</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>O&amp;verview</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logs</source>
        <translation>&amp;Protokoll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setti&amp;ngs</source>
        <translation>Einste&amp;llungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups</source>
        <translation>Si&amp;cherungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Danger zone</source>
        <translation>&amp;Gefahrenbereich</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No address published</source>
        <translation>Keine Adresse veröffentlicht</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Upgrade to %1…</source>
        <translation>&amp;Upgrade auf %1 …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pulling images</source>
        <translation>lädt Images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting database</source>
        <translation>startet Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting cache</source>
        <translation>startet Cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting Directus</source>
        <translation>startet Directus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>migrating</source>
        <translation>migriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backing up</source>
        <translation>sichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopping</source>
        <translation>stoppt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking the login</source>
        <translation>prüft die Anmeldung</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 is busy; wait until the current work has finished.</source>
        <translation>%1 ist beschäftigt; warten Sie, bis die laufende Arbeit fertig ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 of %2: %3…</source>
        <translation>Schritt %1 von %2: %3 …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the compose file of %1…</source>
        <translation>Die Compose-Datei von %1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Take over %1</source>
        <translation>%1 übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also move the secrets in %1 into a private .env file beside it (the original is kept)</source>
        <translation>Auch die Geheimnisse in %1 in eine private .env-Datei daneben verschieben (das Original bleibt erhalten)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed at step &quot;%1&quot;: %2</source>
        <translation>Fehlgeschlagen bei Schritt „%1“: %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::LogPane</name>
    <message>
        <location filename="../ui/LogPane.cpp" line="+43"/>
        <source>All levels</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug and above</source>
        <translation>Debug und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info und höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Directus</source>
        <translation>Directus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Container log</source>
        <translation>Container-Protokoll</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log status</source>
        <translation>Protokollstatus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exporting… %1%</source>
        <translation>Export läuft … %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln line(s).</source>
        <translation>
            <numerusform>%Ln Zeile exportiert.</numerusform>
            <numerusform>%Ln Zeilen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Which log to show</source>
        <translation>Welches Protokoll angezeigt wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum level</source>
        <translation>Mindeststufe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3, Enter)</source>
        <translation>Nächster Treffer (F3, Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imes</source>
        <translation>&amp;Zeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show timestamps</source>
        <translation>Zeitstempel anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wrap</source>
        <translation>Umbrec&amp;hen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the end of the log</source>
        <translation>Dem Ende des Protokolls folgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the end of the log (End)</source>
        <translation>Dem Ende des Protokolls folgen (Ende)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the log to a file</source>
        <translation>Das Protokoll in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No engine: the log continues when it is back.</source>
        <translation>Keine Engine: Das Protokoll geht weiter, sobald sie wieder da ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No container to show the log of.</source>
        <translation>Kein Container, dessen Protokoll angezeigt werden kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Following the log.</source>
        <translation>Das Protokoll wird verfolgt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Directus container to show the log of.</source>
        <translation>Kein Directus-Container, dessen Protokoll angezeigt werden kann.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Export the log</source>
        <translation>Das Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Protokolldateien (*.log *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting…</source>
        <translation>Export läuft …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 log stopped: %2</source>
        <translation>Das %1-Protokoll wurde beendet: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 container stopped.</source>
        <translation>Der %1-Container wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>dd::ui::LogSearchController</name>
    <message>
        <location filename="../ui/log/LogSearchController.cpp" line="+147"/>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+75"/>
        <source>&amp;New instance…</source>
        <translation>&amp;Neue Instanz …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Directus Desktop</source>
        <translation>Directus Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instances</source>
        <translation>Instanzen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Create a new Directus instance (%1)</source>
        <translation>Eine neue Directus-Instanz erstellen (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Instance</source>
        <translation>&amp;Instanz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New instance</source>
        <translation>Neue Instanz</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voreinstellungen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language changes at the next start of the app.</source>
        <translation>Die Sprache wechselt beim nächsten Start der App.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finishing the interrupted %1 of %2…</source>
        <translation>Die unterbrochene Operation %1 von %2 wird abgeschlossen …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interrupted %1 of %2 is finished.</source>
        <translation>Die unterbrochene Operation %1 von %2 ist abgeschlossen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interrupted %1 of %2 could not be finished: %3</source>
        <translation>Die unterbrochene Operation %1 von %2 konnte nicht abgeschlossen werden: %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Interrupted work could not be finished</source>
        <translation>Unterbrochene Arbeit konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Looking for a Docker engine…</source>
        <translation>Suche nach einer Docker-Engine …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instances yet.</source>
        <translation>Noch keine Instanzen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an instance.</source>
        <translation>Wählen Sie eine Instanz.</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewInstanceWizard</name>
    <message>
        <location filename="../ui/wizard/NewInstanceWizard.cpp" line="+30"/>
        <source>New Directus instance</source>
        <translation>Neue Directus-Instanz</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the new instance</source>
        <translation>Die neue Instanz abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard</source>
        <translation>Den Assistenten schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the instance</source>
        <translation>Die Instanz erstellen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The instance is being created. Wait until it is ready or has failed; a failed create removes what it made.</source>
        <translation>Die Instanz wird erstellt. Warten Sie, bis sie bereit oder fehlgeschlagen ist; ein fehlgeschlagenes Erstellen entfernt, was es angelegt hat.</translation>
    </message>
</context>
<context>
    <name>dd::ui::OptionsPage</name>
    <message>
        <location filename="../ui/wizard/OptionsPage.cpp" line="+33"/>
        <source>Use a &amp;Redis cache (one more container; faster for bigger projects)</source>
        <translation>Einen &amp;Redis-Cache verwenden (ein Container mehr; schneller bei größeren Projekten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a &amp;free port</source>
        <translation>Einen &amp;freien Port wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send Directus&apos; anonymous &amp;telemetry to its makers</source>
        <translation>Anonyme &amp;Telemetrie von Directus an seine Hersteller senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The defaults suit local work: Directus is reachable from this computer only.</source>
        <translation>Die Voreinstellungen passen für lokale Arbeit: Directus ist nur von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Pick a free port</source>
        <translation>Einen freien Port wählen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bind address:</source>
        <translation>&amp;Bind-Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;URL:</source>
        <translation>Öffentliche &amp;URL:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Port %1 on %2 is in use by another program. Choose another, or “Pick a free port”.</source>
        <translation>Port %1 auf %2 wird von einem anderen Programm verwendet. Wählen Sie einen anderen, oder „Einen freien Port wählen“.</translation>
    </message>
</context>
<context>
    <name>dd::ui::OverviewTab</name>
    <message>
        <location filename="../ui/instance/OverviewTab.cpp" line="+58"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin email</source>
        <translation>Admin-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Admin-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>&amp;Reveal</source>
        <translation>&amp;Aufdecken</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus version</source>
        <translation>Directus-Version</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No containers on the engine: the instance is stopped or the engine is not reachable.</source>
        <translation>Keine Container auf der Engine: Die Instanz ist gestoppt oder die Engine ist nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the address in the browser</source>
        <translation>Die Adresse im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the admin email</source>
        <translation>Die Admin-E-Mail kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>Reveal the admin password</source>
        <translation>Das Admin-Passwort aufdecken</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin email:</source>
        <translation>Admin-E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password:</source>
        <translation>Admin-Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus:</source>
        <translation>Directus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 (yours)</source>
        <translation>%1 auf %2 (Ihr Ordner)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the secret store…</source>
        <translation>Geheimnisspeicher wird gelesen …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not in the secret store.</source>
        <translation>Nicht im Geheimnisspeicher.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the admin password</source>
        <translation>Das Admin-Passwort verbergen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>volume %1</source>
        <translation>Volume %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the %1 folder</source>
        <translation>Den Ordner %1 öffnen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploads:</source>
        <translation>Uploads:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions:</source>
        <translation>Erweiterungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database data:</source>
        <translation>Datenbankdaten:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache data:</source>
        <translation>Cache-Daten:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2:</source>
        <translation>%1 %2:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing stored outside the containers.</source>
        <translation>Nichts außerhalb der Container gespeichert.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Service&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dienst&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zustand&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CPU&lt;/b&gt;</source>
        <translation>&lt;b&gt;CPU&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Memory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Speicher&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CPU use of %1</source>
        <translation>CPU-Auslastung von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory use of %1</source>
        <translation>Speichernutzung von %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>dd::ui::PasswordStrengthMeter</name>
    <message>
        <location filename="../ui/wizard/PasswordStrengthMeter.cpp" line="+19"/>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Very weak</source>
        <translation>Sehr schwach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
</context>
<context>
    <name>dd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+48"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Docker Hub (directus/directus)</source>
        <translation>&amp;Docker Hub (directus/directus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;mirror or a registry cache:</source>
        <translation>Ein &amp;Mirror oder ein Registry-Cache:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+130"/>
        <source>Backups folder</source>
        <translation>Ordner für Sicherungen</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Browse for the backups folder</source>
        <translation>Ordner für Sicherungen suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: the app&apos;s own folder (shown above). Backups already made stay where they are; new ones go to the folder chosen here.</source>
        <translation>Leer: der eigene Ordner der App (oben angezeigt). Bereits erstellte Sicherungen bleiben, wo sie sind; neue landen im hier gewählten Ordner.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Registry address</source>
        <translation>Adresse der Registry</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus versions</source>
        <translation>Directus-Versionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the list of versions for new instances and upgrades comes from. A mirror keeps Docker Hub&apos;s names.</source>
        <translation>Woher die Liste der Versionen für neue Instanzen und Upgrades kommt. Ein Mirror behält die Namen von Docker Hub.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DD_REGISTRY_URL is set for this session (%1): it is used instead of the choice here.</source>
        <translation>DD_REGISTRY_URL ist für diese Sitzung gesetzt (%1): Sie wird statt der Auswahl hier verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start of the app.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the whole path, starting at the top of the disk.</source>
        <translation>Geben Sie den vollständigen Pfad ein, von der obersten Ebene des Laufwerks an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the folder…</source>
        <translation>Ordner wird geprüft …</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the mirror&apos;s address, or choose Docker Hub.</source>
        <translation>Geben Sie die Adresse des Mirrors ein oder wählen Sie Docker Hub.</translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsTab</name>
    <message>
        <location filename="../ui/instance/SettingsTab.cpp" line="+25"/>
        <source>Save &amp;changes</source>
        <translation>Ä&amp;nderungen speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind address</source>
        <translation>Bind-Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus image</source>
        <translation>Directus-Image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the settings</source>
        <translation>Die Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings status</source>
        <translation>Status der Einstellungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listens on:</source>
        <translation>Lauscht auf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL:</source>
        <translation>Öffentliche URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra environment (advanced)</source>
        <translation>Zusätzliche Umgebung (erweitert)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not published</source>
        <translation>nicht veröffentlicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This stack was made with docker compose: change its settings in its compose file.</source>
        <translation>Dieser Stack wurde mit docker compose erstellt: Ändern Sie seine Einstellungen in seiner Compose-Datei.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save: %1</source>
        <translation>Speichern nicht möglich: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. Restart the instance to apply the new environment.</source>
        <translation>Gespeichert. Starten Sie die Instanz neu, um die neue Umgebung anzuwenden.</translation>
    </message>
</context>
<context>
    <name>dd::ui::SingleWindow</name>
    <message>
        <location filename="../ui/SingleWindow.cpp" line="+56"/>
        <source>Directus Desktop is already open; its window was brought to the front.</source>
        <translation>Directus Desktop ist schon geöffnet; sein Fenster wurde nach vorn geholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directus Desktop is already open for this account but does not answer. Close it from its tray icon (or end its process) and start it again.</source>
        <translation>Directus Desktop ist für dieses Konto schon geöffnet, antwortet aber nicht. Beenden Sie es über sein Symbol in der Taskleiste (oder beenden Sie seinen Prozess) und starten Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>dd::ui::Sparkline</name>
    <message>
        <location filename="../ui/instance/Sparkline.cpp" line="+53"/>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>dd::ui::StateNotices</name>
    <message>
        <location filename="../ui/tray/StateNotices.cpp" line="+23"/>
        <source>%1 is ready</source>
        <translation>%1 ist bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus is running.</source>
        <translation>Directus läuft.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directus answers at %1.</source>
        <translation>Directus antwortet unter %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs attention</source>
        <translation>%1 braucht Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>dd::ui::StoragePage</name>
    <message>
        <location filename="../ui/wizard/StoragePage.cpp" line="+28"/>
        <source>Docker &amp;volumes (recommended)</source>
        <translation>Docker-&amp;Volumes (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folders on this computer</source>
        <translation>&amp;Ordner auf diesem Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes are managed by Docker and need no care. Folders are easy to open and back up yourself; Directus Desktop creates them and gives them to the container&apos;s user.</source>
        <translation>Volumes werden von Docker verwaltet und brauchen keine Pflege. Ordner lassen sich leicht öffnen und selbst sichern; Directus Desktop legt sie an und übergibt sie dem Benutzer des Containers.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Browse for the data folder</source>
        <translation>Nach dem Datenordner suchen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose the data folder</source>
        <translation>Den Datenordner wählen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Uploads: %1</source>
        <translation>Uploads: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions: %1</source>
        <translation>Erweiterungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the folder…</source>
        <translation>Ordner wird geprüft …</translation>
    </message>
</context>
<context>
    <name>dd::ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/SummaryPage.cpp" line="+46"/>
        <source>Show &amp;compose file…</source>
        <translation>&amp;Compose-Datei anzeigen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what Create makes. The images are downloaded if they are not on this computer yet.</source>
        <translation>Das ist es, was „Erstellen“ anlegt. Die Images werden heruntergeladen, falls sie noch nicht auf diesem Computer sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the compose file</source>
        <translation>Die Compose-Datei anzeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Docker volumes: %1</source>
        <translation>Docker-Volumes: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redis (%1)</source>
        <translation>Redis (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>Container</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telemetry</source>
        <translation>Telemetrie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a look</source>
        <translation>Einen Blick wert</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compose file of %1</source>
        <translation>Compose-Datei von %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compose file</source>
        <translation>Compose-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets appear as ${VARIABLES}; they stay in the keychain.</source>
        <translation>Geheimnisse erscheinen als ${VARIABLEN}; sie bleiben im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>dd::ui::TrayController</name>
    <message>
        <location filename="../ui/tray/TrayController.cpp" line="+23"/>
        <source>Directus Desktop</source>
        <translation>Directus Desktop</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Show Directus Desktop</source>
        <translation>Directus Desktop &amp;anzeigen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Studio</source>
        <translation>Studio öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Update available for %1</source>
        <translation>Update für %1 verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus %1 is available. Click to upgrade (a backup is made first).</source>
        <translation>Directus %1 ist verfügbar. Klicken Sie für das Upgrade (zuerst wird eine Sicherung erstellt).</translation>
    </message>
</context>
<context>
    <name>dd::ui::UpgradeDialog</name>
    <message>
        <location filename="../ui/upgrade/UpgradeDialog.cpp" line="+49"/>
        <source>Upgrade %1</source>
        <translation>Upgrade von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current version</source>
        <translation>Aktuelle Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs Directus %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; läuft mit Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version list notice</source>
        <translation>Hinweis zur Versionsliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for newer versions…</source>
        <translation>Suche nach neueren Versionen …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions to upgrade to</source>
        <translation>Versionen für das Upgrade</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or type any version, e.g. 11.1.2</source>
        <translation>oder eine beliebige Version eingeben, z. B. 11.1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version</source>
        <translation>Andere Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other version:</source>
        <translation>&amp;Andere Version:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this version cannot be chosen</source>
        <translation>Warum diese Version nicht gewählt werden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup note</source>
        <translation>Hinweis zur Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is made first, in %1. If anything fails, the instance is put back as it was.</source>
        <translation>Zuerst wird eine Sicherung erstellt, in %1. Wenn etwas fehlschlägt, wird die Instanz in den vorherigen Zustand zurückversetzt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Upgrade</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrade note</source>
        <translation>Hinweis zum Upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade runs to its end by itself; on a failure it rolls back. Closing the app is safe: the next start finishes it.</source>
        <translation>Das Upgrade läuft von selbst bis zum Ende; bei einem Fehler wird es zurückgesetzt. Die App zu schließen ist sicher: Der nächste Start schließt es ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade steps</source>
        <translation>Upgrade-Schritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade log</source>
        <translation>Upgrade-Protokoll</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password note</source>
        <translation>Hinweis zum Passwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current admin password</source>
        <translation>Aktuelles Admin-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it and upgrade</source>
        <translation>Speichern und upgraden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current admin password:</source>
        <translation>Aktuelles Admin-Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The list of versions cannot be read (%1). You can still type a version below.</source>
        <translation>Die Versionsliste kann nicht gelesen werden (%1). Sie können unten trotzdem eine Version eingeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No newer version is available.</source>
        <translation>Keine neuere Version verfügbar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2 (recommended)</source>
        <translation>%1 – %2 (empfohlen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest patch</source>
        <translation>neuester Patch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest minor</source>
        <translation>neueste Nebenversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next major</source>
        <translation>nächste Hauptversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest major</source>
        <translation>neueste Hauptversion</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a version.</source>
        <translation>Wählen Sie eine Version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changes from %1 to %2:</source>
        <translation>Was sich von %1 auf %2 ändert:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 …</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 now runs Directus %2.</source>
        <translation>%1 läuft jetzt mit Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade did not start: the admin password stored for %1 no longer logs in.</source>
        <translation>Das Upgrade hat nicht begonnen: mit dem für %1 gespeicherten Admin-Passwort gelingt keine Anmeldung mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was probably changed in the Studio. Give the current password of %1: it is tried first, then stored in the secret store and the upgrade starts again. Nothing was changed so far.</source>
        <translation>Es wurde wohl im Studio geändert. Geben Sie das aktuelle Passwort von %1 an: es wird zuerst ausprobiert, dann im Geheimnisspeicher abgelegt, und das Upgrade beginnt erneut. Bisher wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade did not start: %1</source>
        <translation>Das Upgrade hat nicht begonnen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade failed at &quot;%1&quot; and was rolled back: %2</source>
        <translation>Das Upgrade ist bei „%1“ fehlgeschlagen und wurde zurückgesetzt: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last log lines:</source>
        <translation>Letzte Protokollzeilen:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That password does not log in as %1 either (%2). Nothing was stored; try again.</source>
        <translation>Auch mit diesem Passwort gelingt keine Anmeldung als %1 (%2). Nichts wurde gespeichert; versuchen Sie es erneut.</translation>
    </message>
</context>
</TS>
