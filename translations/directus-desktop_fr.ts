<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../app/core/AppSettings.cpp" line="+66"/>
        <source>Type the registry&apos;s address with http:// or https://, for example https://mirror.example.com.</source>
        <translation>Saisissez l&apos;adresse du registre avec http:// ou https://, par exemple https://mirror.example.com.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A registry is reached over http:// or https://, not %1://.</source>
        <translation>Un registre se joint par http:// ou https://, pas par %1://.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The address has no host name.</source>
        <translation>L&apos;adresse n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out everything after ? or #: the app adds the registry&apos;s own paths.</source>
        <translation>Retirez tout ce qui suit ? ou # : l&apos;application ajoute elle-même les chemins du registre.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../app/backup/BackupSteps.cpp" line="+48"/>
        <source>The database container of %1 does not exist. Start the instance once, then try again.</source>
        <translation>Le conteneur de base de données de %1 n&apos;existe pas. Démarrez l&apos;instance une fois, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../app/backup/DatabaseDump.cpp" line="+102"/>
        <source>Backups of instances on %1 are not supported yet: back up the database with its own tools (SQLite, PostgreSQL, MySQL and MariaDB are supported).</source>
        <translation>Les sauvegardes d&apos;instances sur %1 ne sont pas encore prises en charge : sauvegardez la base de données avec ses propres outils (SQLite, PostgreSQL, MySQL et MariaDB sont pris en charge).</translation>
    </message>
    <message>
        <location filename="../app/backup/HelperContainer.cpp" line="+54"/>
        <source>The helper container that prepares the files exited with %1.</source>
        <translation>Le conteneur auxiliaire qui prépare les fichiers s&apos;est terminé avec %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/cli/CliSession.cpp" line="+50"/>
        <source>No instance named &quot;%1&quot;. `%2 list` shows the instances.</source>
        <translation>Aucune instance nommée « %1 ». `%2 list` affiche les instances.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandLine.cpp" line="+91"/>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <location filename="../app/cli/EngineCommand.cpp" line="+86"/>
        <source>Engine: %1 (API %2%3)</source>
        <translation>Moteur : %1 (API %2%3)</translation>
    </message>
    <message>
        <location filename="../app/cli/ExportCommand.cpp" line="+73"/>
        <source>Usage: %1 export NAME [--dir DIR] [--with-secrets]</source>
        <translation>Utilisation : %1 export NAME [--dir DIR] [--with-secrets]</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrote %1 (only you can read it: it holds the secrets)</source>
        <translation>%1 écrit (vous seul pouvez le lire : il contient les secrets)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are ${VAR} references: put them in a .env beside the file, or export again with --with-secrets.</source>
        <translation>Les secrets sont des références ${VAR} : placez-les dans un fichier .env à côté du fichier, ou exportez de nouveau avec --with-secrets.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run it with: docker compose -p %1 up -d</source>
        <translation>Pour le lancer : docker compose -p %1 up -d</translation>
    </message>
    <message>
        <location filename="../app/cli/InstanceOverview.cpp" line="+68"/>
        <source>unknown (engine unreachable)</source>
        <translation>inconnu (moteur injoignable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not created</source>
        <translation>non créée</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>No Docker engine answered.</source>
        <translation>Aucun moteur Docker n&apos;a répondu.</translation>
    </message>
    <message>
        <location filename="../app/cli/ListCommand.cpp" line="+24"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DATABASE</source>
        <translation>BASE DE DONNÉES</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(adopted)</source>
        <translation>(adoptée)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown option for list: %1</source>
        <translation>Option inconnue pour list : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No instances yet.</source>
        <translation>Aucune instance pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../app/cli/LogsCommand.cpp" line="+50"/>
        <source>--tail needs a number of lines or &quot;all&quot;.</source>
        <translation>--tail attend un nombre de lignes ou « all ».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Usage: %1 logs NAME [-f] [--tail N] [--service S] [--timestamps]</source>
        <translation>Utilisation : %1 logs NAME [-f] [--tail N] [--service S] [--timestamps]</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/cli/StatusCommand.cpp" line="+146"/>
        <source>No instance or stack named &quot;%1&quot;. `%2 list` shows them.</source>
        <translation>Aucune instance ni pile nommée « %1 ». `%2 list` les affiche.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; has no Directus container on the engine; start or create it first.</source>
        <translation>« %1 » n&apos;a pas de conteneur Directus sur le moteur ; démarrez-la ou créez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; has no container for the service &quot;%2&quot;.</source>
        <translation>« %1 » n&apos;a pas de conteneur pour le service « %2 ».</translation>
    </message>
    <message>
        <location filename="../app/cli/StatusCommand.cpp" line="-66"/>
        <source>(adopted: made outside Directus Desktop)</source>
        <translation>(adoptée : créée en dehors de Directus Desktop)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus:</source>
        <translation>Directus :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>folder %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>named volume</source>
        <translation>volume nommé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploads:</source>
        <translation>Fichiers envoyés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions:</source>
        <translation>Extensions :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite database:</source>
        <translation>Base de données SQLite :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Containers:</source>
        <translation>Conteneurs :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>port %1:%2 -&gt; %3/%4</source>
        <translation>port %1:%2 -&gt; %3/%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Usage: %1 status NAME [--json]</source>
        <translation>Utilisation : %1 status NAME [--json]</translation>
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
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>no HTTP answer</source>
        <translation>pas de réponse HTTP</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The Docker engine at %1 did not answer in time. It may be overloaded or stuck; try again, or restart Docker.</source>
        <translation>Le moteur Docker à %1 n&apos;a pas répondu à temps. Il est peut-être surchargé ou bloqué ; réessayez ou redémarrez Docker.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the Docker engine at %1 was lost (%2).</source>
        <translation>La connexion au moteur Docker à %1 a été perdue (%2).</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineClient.cpp" line="+110"/>
        <source>the engine</source>
        <translation>le moteur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 answered, but not like a Docker engine (no API version in its reply).</source>
        <translation>%1 a répondu, mais pas comme un moteur Docker (aucune version d&apos;API dans sa réponse).</translation>
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
        <translation>Conteneur %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+18"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>Network %1</source>
        <translation>Réseau %1</translation>
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
        <translation>Chemin %1 dans le conteneur %2</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineError.cpp" line="+55"/>
        <source>The requested object</source>
        <translation>L&apos;objet demandé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A host port needed by %1 is already in use by another program. Pick another port and try again.</source>
        <translation>Un port de l&apos;hôte nécessaire à %1 est déjà utilisé par un autre programme. Choisissez un autre port et réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port %1 is already in use by another program. Pick another port (or stop the program using %1) and try again.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port (ou arrêtez le programme qui utilise %1) et réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Docker engine refused our API version: %1. Update Directus Desktop or use a supported engine.</source>
        <translation>Le moteur Docker a refusé notre version d&apos;API : %1. Mettez à jour Directus Desktop ou utilisez un moteur pris en charge.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The name is already taken by another container: %1 Choose another name, or remove that container.</source>
        <translation>Le nom est déjà pris par un autre conteneur : %1 Choisissez un autre nom, ou supprimez ce conteneur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image is not on this machine yet (%1). Pull it first.</source>
        <translation>L&apos;image n&apos;est pas encore sur cette machine (%1). Téléchargez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 does not exist (any more): %2</source>
        <translation>%1 n&apos;existe pas (ou plus) : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is in a state that does not allow this: %2</source>
        <translation>%1 est dans un état qui ne le permet pas : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The Docker engine refused the request: %1</source>
        <translation>Le moteur Docker a refusé la requête : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine refused access: %1</source>
        <translation>Le moteur Docker a refusé l&apos;accès : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The Docker engine reported an error: %1</source>
        <translation>Le moteur Docker a signalé une erreur : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no details)</source>
        <translation>(aucun détail)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unexpected answer from the Docker engine (HTTP %1): %2</source>
        <translation>Réponse inattendue du moteur Docker (HTTP %1) : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Docker engine at %1 is not answering (%2). Start Docker (or Podman) and try again.</source>
        <translation>Le moteur Docker à %1 ne répond pas (%2). Démarrez Docker (ou Podman) et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Permission denied on %1. Start Docker Desktop, and make sure your account is in the docker-users group.</source>
        <translation>Accès refusé à %1. Démarrez Docker Desktop et vérifiez que votre compte fait partie du groupe docker-users.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permission denied on %1. Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Accès refusé à %1. Ajoutez votre utilisateur au groupe docker (sudo usermod -aG docker $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This Docker engine speaks API %1; Directus Desktop needs %2 or newer (Docker 20.10 or later). Update Docker.</source>
        <translation>Ce moteur Docker parle l&apos;API %1 ; Directus Desktop nécessite %2 ou plus récent (Docker 20.10 ou ultérieur). Mettez à jour Docker.</translation>
    </message>
    <message>
        <location filename="../app/docker/EngineResolver.cpp" line="+79"/>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a regular file</source>
        <translation>un fichier ordinaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>some other kind of file</source>
        <translation>un autre type de fichier</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>It should belong to you: check its owner and mode with ls -l %1.</source>
        <translation>Il devrait vous appartenir : vérifiez son propriétaire et ses droits avec ls -l %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rootful Podman socket is for root only; use rootless Podman instead (systemctl --user enable --now podman.socket).</source>
        <translation>Le socket Podman rootful est réservé à root ; utilisez plutôt Podman rootless (systemctl --user enable --now podman.socket).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart Docker Desktop, or check its owner and mode with ls -l %1.</source>
        <translation>Redémarrez Docker Desktop, ou vérifiez son propriétaire et ses droits avec ls -l %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Ajoutez votre utilisateur au groupe docker (sudo usermod -aG docker $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a socket this user can open.</source>
        <translation>%1 est un socket que cet utilisateur peut ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No socket at %1.</source>
        <translation>Aucun socket à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot look at %1: %2.</source>
        <translation>Impossible d&apos;examiner %1 : %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission denied on %1.</source>
        <translation>Accès refusé à %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 exists but is %2, not a socket, so no engine can be listening there.</source>
        <translation>%1 existe mais est %2, pas un socket : aucun moteur ne peut donc y écouter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 exists; it is checked when connecting.</source>
        <translation>%1 existe ; il est vérifié lors de la connexion.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is a TCP address; it is tried when connecting, not checked in advance.</source>
        <translation>%1 est une adresse TCP ; elle est essayée lors de la connexion, pas vérifiée à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Named pipe %1 is tried when connecting; pipes are not checked in advance.</source>
        <translation>Le canal nommé %1 est essayé lors de la connexion ; les canaux ne sont pas vérifiés à l&apos;avance.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>DOCKER_HOST is set to %1; SSH endpoints are not supported. Unset DOCKER_HOST, or point it at a unix:// socket or tcp:// address.</source>
        <translation>DOCKER_HOST vaut %1 ; les points d&apos;accès SSH ne sont pas pris en charge. Supprimez DOCKER_HOST, ou faites-le pointer vers un socket unix:// ou une adresse tcp://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>DOCKER_HOST is set to &quot;%1&quot;, which is not a unix://, npipe:// or tcp:// address. Correct or unset DOCKER_HOST.</source>
        <translation>DOCKER_HOST vaut « %1 », qui n&apos;est pas une adresse unix://, npipe:// ou tcp://. Corrigez ou supprimez DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DOCKER_HOST points there and decides alone, so nothing else is tried: start the engine, or correct or unset DOCKER_HOST.</source>
        <translation>DOCKER_HOST pointe là et décide seul, donc rien d&apos;autre n&apos;est essayé : démarrez le moteur, ou corrigez ou supprimez DOCKER_HOST.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>context %1</source>
        <translation>contexte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Switch with docker context use default, or see docker context ls.</source>
        <translation>Changez avec docker context use default, ou consultez docker context ls.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The docker context &apos;%1&apos; does not exist: there is no %2. %3</source>
        <translation>Le contexte docker « %1 » n&apos;existe pas : %2 est absent. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker context &apos;%1&apos; cannot be read: %2 (%3).</source>
        <translation>Le contexte docker « %1 » ne peut pas être lu : %2 (%3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker context &apos;%1&apos; is broken: %2 is not valid JSON (%3). %4</source>
        <translation>Le contexte docker « %1 » est endommagé : %2 n&apos;est pas du JSON valide (%3). %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The docker context &apos;%1&apos; has no Docker endpoint (Endpoints.docker.Host) in %2. %3</source>
        <translation>Le contexte docker « %1 » n&apos;a pas de point d&apos;accès Docker (Endpoints.docker.Host) dans %2. %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH endpoints are not supported</source>
        <translation>les points d&apos;accès SSH ne sont pas pris en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a unix://, npipe:// or tcp:// address</source>
        <translation>pas une adresse unix://, npipe:// ou tcp://</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The docker context &apos;%1&apos; points at %2: %3. %4</source>
        <translation>Le contexte docker « %1 » pointe vers %2 : %3. %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOCKER_CONTEXT selects this context and decides alone: start its engine, or unset DOCKER_CONTEXT.</source>
        <translation>DOCKER_CONTEXT sélectionne ce contexte et décide seul : démarrez son moteur, ou supprimez DOCKER_CONTEXT.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The engine of this context is not running.</source>
        <translation>Le moteur de ce contexte n&apos;est pas en marche.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>docker config</source>
        <translation>configuration docker</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be read (%2), so its current context is ignored.</source>
        <translation>%1 ne peut pas être lu (%2) : son contexte actuel est donc ignoré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not valid JSON, so its current context is ignored; the docker CLI ignores it too.</source>
        <translation>%1 n&apos;est pas du JSON valide : son contexte actuel est donc ignoré ; la CLI docker l&apos;ignore aussi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Docker Desktop</source>
        <translation>Docker Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop (Linux engine)</source>
        <translation>Docker Desktop (moteur Linux)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Podman machine</source>
        <translation>Machine Podman</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Colima is not running (colima start).</source>
        <translation>Colima n&apos;est pas en marche (colima start).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docker Desktop only creates it when &quot;Allow the default Docker socket to be used&quot; is on in its advanced settings.</source>
        <translation>Docker Desktop ne le crée que si « Allow the default Docker socket to be used » est activé dans ses paramètres avancés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker is not running or not installed (sudo systemctl start docker).</source>
        <translation>Docker n&apos;est pas en marche ou pas installé (sudo systemctl start docker).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker (rootless)</source>
        <translation>Docker (rootless)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rootless Docker is not running (systemctl --user start docker).</source>
        <translation>Docker rootless n&apos;est pas en marche (systemctl --user start docker).</translation>
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
        <translation>Docker Desktop n&apos;est pas en marche.</translation>
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
        <translation>Pour utiliser Podman, activez son socket : systemctl --user enable --now podman.socket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Podman (rootful)</source>
        <translation>Podman (rootful)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The rootful Podman socket is off (sudo systemctl enable --now podman.socket); rootless Podman is the better choice.</source>
        <translation>Le socket Podman rootful est désactivé (sudo systemctl enable --now podman.socket) ; Podman rootless est le meilleur choix.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colima</source>
        <translation>Colima</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colima (older versions)</source>
        <translation>Colima (anciennes versions)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rancher Desktop</source>
        <translation>Rancher Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rancher Desktop is not running, or runs containerd instead of dockerd (moby).</source>
        <translation>Rancher Desktop n&apos;est pas en marche, ou utilise containerd au lieu de dockerd (moby).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OrbStack</source>
        <translation>OrbStack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OrbStack is not running.</source>
        <translation>OrbStack n&apos;est pas en marche.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>DOCKER_HOST is set.</source>
        <translation>DOCKER_HOST est défini.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DOCKER_CONTEXT selects the docker context &apos;%1&apos;.</source>
        <translation>DOCKER_CONTEXT sélectionne le contexte docker « %1 ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It is the current docker context &apos;%1&apos;.</source>
        <translation>C&apos;est le contexte docker actuel « %1 ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First named pipe to try: %1.</source>
        <translation>Premier canal nommé à essayer : %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First working socket found: %1.</source>
        <translation>Premier socket fonctionnel trouvé : %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>DOCKER_HOST is set, so no other location is tried, and its endpoint is not usable. Unset DOCKER_HOST to let the usual locations be searched.</source>
        <translation>DOCKER_HOST est défini, donc aucun autre emplacement n&apos;est essayé, et son point d&apos;accès n&apos;est pas utilisable. Supprimez DOCKER_HOST pour que les emplacements habituels soient parcourus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DOCKER_CONTEXT selects the docker context &apos;%1&apos;, so no other location is tried, and it is not usable. Unset DOCKER_CONTEXT to let the usual locations be searched.</source>
        <translation>DOCKER_CONTEXT sélectionne le contexte docker « %1 », donc aucun autre emplacement n&apos;est essayé, et il n&apos;est pas utilisable. Supprimez DOCKER_CONTEXT pour que les emplacements habituels soient parcourus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No engine was found in any of the usual locations.</source>
        <translation>Aucun moteur n&apos;a été trouvé aux emplacements habituels.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not used: %1 (see below).</source>
        <translation>Non utilisé : %1 (voir ci-dessous).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>usable</source>
        <translation>utilisable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>permission denied</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a socket</source>
        <translation>pas un socket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>invalide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not checked in advance</source>
        <translation>non vérifié à l&apos;avance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an engine</source>
        <translation>pas un moteur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Start Docker Desktop (install it first if needed) and wait until it reports that the engine is running.</source>
        <translation>Démarrez Docker Desktop (installez-le d&apos;abord si besoin) et attendez qu&apos;il indique que le moteur est en marche.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install and start Docker Desktop, Colima, OrbStack or Rancher Desktop, then try again.</source>
        <translation>Installez et démarrez Docker Desktop, Colima, OrbStack ou Rancher Desktop, puis réessayez.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install Docker (sudo apt install docker.io) or Podman, start it (sudo systemctl start docker, or systemctl --user enable --now podman.socket for Podman), add your user to the docker group (sudo usermod -aG docker $USER), then log out and back in.</source>
        <translation>Installez Docker (sudo apt install docker.io) ou Podman, démarrez-le (sudo systemctl start docker, ou systemctl --user enable --now podman.socket pour Podman), ajoutez votre utilisateur au groupe docker (sudo usermod -aG docker $USER), puis déconnectez-vous et reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Engine: %1. %2</source>
        <translation>Moteur : %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No Docker-compatible engine found. %1</source>
        <translation>Aucun moteur compatible Docker trouvé. %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Also checked:</source>
        <translation>Également vérifiés :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked:</source>
        <translation>Vérifiés :</translation>
    </message>
    <message>
        <location filename="../app/docker/HttpResponseParser.cpp" line="+213"/>
        <source>The response headers are larger than %1 KiB.</source>
        <translation>Les en-têtes de la réponse dépassent %1 Kio.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Malformed HTTP response (%1: %2).</source>
        <translation>Réponse HTTP malformée (%1 : %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The connection closed before a complete response header arrived.</source>
        <translation>La connexion s&apos;est fermée avant l&apos;arrivée d&apos;un en-tête de réponse complet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The connection closed before the response body was complete.</source>
        <translation>La connexion s&apos;est fermée avant que le corps de la réponse soit complet.</translation>
    </message>
    <message>
        <location filename="../app/docker/JsonLinesDecoder.cpp" line="+121"/>
        <source>Not valid JSON (%1 at byte %2).</source>
        <translation>JSON invalide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a JSON object.</source>
        <translation>Pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A line longer than %1 bytes was skipped.</source>
        <translation>Une ligne de plus de %1 octets a été ignorée.</translation>
    </message>
    <message>
        <location filename="../app/docker/LocalSocketReply.cpp" line="+141"/>
        <source>Invalid HTTP method &quot;%1&quot;.</source>
        <translation>Méthode HTTP invalide « %1 ».</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The request header &quot;%1&quot; contains characters HTTP does not allow.</source>
        <translation>L&apos;en-tête de requête « %1 » contient des caractères que HTTP n&apos;autorise pas.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>There is no engine socket at %1.</source>
        <translation>Il n&apos;y a pas de socket de moteur à %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing accepts connections on %1: the engine is not running.</source>
        <translation>Rien n&apos;accepte de connexions sur %1 : le moteur n&apos;est pas en marche.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Permission denied opening %1: this user may not use the engine.</source>
        <translation>Accès refusé à l&apos;ouverture de %1 : cet utilisateur ne peut pas utiliser le moteur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timed out connecting to %1.</source>
        <translation>Délai dépassé lors de la connexion à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The engine at %1 did not accept the connection within %2 s.</source>
        <translation>Le moteur à %1 n&apos;a pas accepté la connexion en %2 s.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The engine sent nothing for %1 s.</source>
        <translation>Le moteur n&apos;a rien envoyé pendant %1 s.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>The engine closed the connection before the response was complete. %1</source>
        <translation>Le moteur a fermé la connexion avant que la réponse soit complète. %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Erreur lors du transfert de %1 – le serveur a répondu : %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The data to upload was deleted before it was sent.</source>
        <translation>Les données à envoyer ont été supprimées avant leur envoi.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The upload ended after %1 of the %2 bytes announced.</source>
        <translation>L&apos;envoi s&apos;est arrêté après %1 des %2 octets annoncés.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Operation canceled</source>
        <translation>Opération annulée</translation>
    </message>
    <message>
        <location filename="../app/docker/MultiplexedStreamDecoder.cpp" line="+112"/>
        <source>The engine&apos;s output is not a multiplexed stream (bad frame header at byte %1). The container may have been created with a terminal (Tty).</source>
        <translation>La sortie du moteur n&apos;est pas un flux multiplexé (en-tête de trame erroné à l&apos;octet %1). Le conteneur a peut-être été créé avec un terminal (Tty).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The engine&apos;s output ended in the middle of a frame (at byte %1).</source>
        <translation>La sortie du moteur s&apos;est arrêtée au milieu d&apos;une trame (à l&apos;octet %1).</translation>
    </message>
    <message>
        <location filename="../app/docker/PullJob.cpp" line="+42"/>
        <location line="+2"/>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/docker/PullProgress.cpp" line="+54"/>
        <source>The engine reported an error without a message.</source>
        <translation>Le moteur a signalé une erreur sans message.</translation>
    </message>
    <message>
        <location line="+192"/>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloaded</source>
        <translation>Téléchargé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already present</source>
        <translation>Déjà présent</translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../app/instance/ComposeExporter.cpp" line="+244"/>
        <source>The value of %1 contains both a “$” and a quote, backslash or line break, which a .env file cannot hold unchanged; check it after the export.</source>
        <translation>La valeur de %1 contient à la fois un « $ » et un guillemet, une barre oblique inverse ou un saut de ligne, ce qu&apos;un fichier .env ne peut pas contenir tel quel ; vérifiez-la après l&apos;exportation.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Directus Desktop could not write %1: %2.</source>
        <translation>Directus Desktop n&apos;a pas pu écrire %1 : %2.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Compose cannot run the one-time setup command of the %1 service; start the instance once from Directus Desktop, or run it yourself: %2</source>
        <translation>Compose ne peut pas exécuter la commande de préparation unique du service %1 ; démarrez l&apos;instance une fois depuis Directus Desktop, ou exécutez-la vous-même : %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source># Secrets of the Directus Desktop instance “%1”. Keep this file private.</source>
        <translation># Secrets de l&apos;instance Directus Desktop « %1 ». Gardez ce fichier privé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Directus Desktop could not create the folder %1.</source>
        <translation>Directus Desktop n&apos;a pas pu créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/instance/ComposeImporter.cpp" line="+247"/>
        <source>The option “%1” of the service “%2” is not carried over.</source>
        <translation>L&apos;option « %1 » du service « %2 » n&apos;est pas reprise.</translation>
    </message>
    <message>
        <location line="+158"/>
        <location filename="../app/instance/ComposeSecretsRewriter.cpp" line="+133"/>
        <source>The compose file %1 cannot be read: %2.</source>
        <translation>Le fichier compose %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The compose file is not valid YAML: %1 at line %2, column %3.</source>
        <translation>Le fichier compose n&apos;est pas du YAML valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not a compose file: it has no services.</source>
        <translation>Le fichier n&apos;est pas un fichier compose : il n&apos;a aucun service.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The top-level section “%1” is not carried over.</source>
        <translation>La section de premier niveau « %1 » n&apos;est pas reprise.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The compose file has no service running a Directus image.</source>
        <translation>Le fichier compose n&apos;a aucun service exécutant une image Directus.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The image digest %1 is not kept; the tag “%2” is used.</source>
        <translation>Le condensé d&apos;image %1 n&apos;est pas conservé ; le tag « %2 » est utilisé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>DB_CLIENT “%1” is not known; Directus Desktop proposes SQLite.</source>
        <translation>DB_CLIENT « %1 » est inconnu ; Directus Desktop propose SQLite.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>The SQLite file %1 is inside the Directus container, not in a volume or folder of the file, so replacing the container would lose it. Mount %2 as a volume or folder, restart the stack once, then take it over.</source>
        <translation>Le fichier SQLite %1 est à l’intérieur du conteneur Directus, pas dans un volume ou un dossier du fichier ; remplacer le conteneur le perdrait. Montez %2 comme volume ou dossier, redémarrez la pile une fois, puis reprenez-la.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The file starts Directus without waiting for the database to be ready, so the first start can fail; Directus Desktop starts Directus once the database answers.</source>
        <translation>Le fichier démarre Directus sans attendre que la base de données soit prête, donc le premier démarrage peut échouer ; Directus Desktop démarre Directus dès que la base répond.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The containers are named %1-&lt;service&gt;-1 instead of %2, so a second stack made from the same file cannot collide with this one.</source>
        <translation>Les conteneurs s’appellent %1-&lt;service&gt;-1 au lieu de %2, pour qu’une deuxième pile faite du même fichier n’entre pas en collision avec celle-ci.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Directus %1 ignores CACHE_REDIS (renamed REDIS in 10.4), so this stack looked for Redis on its own container and never found it; Directus Desktop sets REDIS.</source>
        <translation>Directus %1 ignore CACHE_REDIS (renommé REDIS en 10.4), donc cette pile cherchait Redis dans son propre conteneur sans jamais le trouver ; Directus Desktop définit REDIS.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>The service “%1” is not carried over.</source>
        <translation>Le service « %1 » n&apos;est pas repris.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file publishes Directus on every network address; Directus Desktop proposes 127.0.0.1 so only this computer can reach it.</source>
        <translation>Le fichier publie Directus sur toutes les adresses réseau ; Directus Desktop propose 127.0.0.1 pour que seul cet ordinateur puisse y accéder.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file does not publish port 8055; Directus Desktop publishes it on %1:%2.</source>
        <translation>Le fichier ne publie pas le port 8055 ; Directus Desktop le publie sur %1:%2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The mount of %1 at %2 is not carried over.</source>
        <translation>Le montage de %1 sur %2 n&apos;est pas repris.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The file does not set TELEMETRY, so Directus would send telemetry; Directus Desktop turns it off.</source>
        <translation>Le fichier ne définit pas TELEMETRY, donc Directus enverrait de la télémétrie ; Directus Desktop la désactive.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 is set by Directus Desktop; the file&apos;s value is not used.</source>
        <translation>%1 est défini par Directus Desktop ; la valeur du fichier n’est pas utilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is set by Directus Desktop; the file&apos;s value “%2” is not used.</source>
        <translation>%1 est défini par Directus Desktop ; la valeur « %2 » du fichier n&apos;est pas utilisée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The variable %1 is not set (neither in .env nor given); it was read as empty.</source>
        <translation>La variable %1 n&apos;est pas définie (ni dans .env ni fournie) ; elle a été lue comme vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KEY or SECRET is missing; Directus Desktop generates new ones.</source>
        <translation>KEY ou SECRET est absent ; Directus Desktop en génère de nouveaux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The compose file has an unexpected structure: %1.</source>
        <translation>Le fichier compose a une structure inattendue : %1.</translation>
    </message>
    <message>
        <location filename="../app/instance/DatabaseProfile.cpp" line="+37"/>
        <source>SQLite (built in)</source>
        <translation>SQLite (intégré)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SQLite needs no database server: the data is one file in the Directus container&apos;s database storage.</source>
        <translation>SQLite n&apos;a besoin d&apos;aucun serveur de base de données : les données sont un fichier dans le stockage de base de données du conteneur Directus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PostgreSQL (with PostGIS)</source>
        <translation>PostgreSQL (avec PostGIS)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>MySQL 8</source>
        <translation>MySQL 8</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus 9 and 10 connect with an older MySQL driver that cannot use MySQL 8&apos;s default login method, so Directus Desktop starts MySQL with mysql_native_password for them. Directus 11 and later need no change.</source>
        <translation>Directus 9 et 10 se connectent avec un ancien pilote MySQL qui ne sait pas utiliser la méthode de connexion par défaut de MySQL 8 ; Directus Desktop démarre donc MySQL avec mysql_native_password pour eux. Directus 11 et suivants n&apos;ont besoin d&apos;aucun changement.</translation>
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
        <translation>SQL Server ne fonctionne que si vous acceptez les conditions de licence (CLUF) de Microsoft pour son image.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SQL Server cannot create a database from its settings, so Directus Desktop creates the database before Directus starts for the first time.</source>
        <translation>SQL Server ne sait pas créer une base de données à partir de ses paramètres : Directus Desktop crée donc la base de données avant le premier démarrage de Directus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CockroachDB</source>
        <translation>CockroachDB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CockroachDB runs as one insecure node (user root, no password). That is fine for local work on this computer, not for a server others can reach.</source>
        <translation>CockroachDB fonctionne comme un seul nœud non sécurisé (utilisateur root, sans mot de passe). Cela convient au travail local sur cet ordinateur, pas à un serveur accessible par d&apos;autres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Oracle</source>
        <translation>Oracle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oracle is not offered: the Directus image lacks Oracle&apos;s client libraries, so it needs a custom image built for it.</source>
        <translation>Oracle n&apos;est pas proposé : l&apos;image Directus n&apos;a pas les bibliothèques clientes d&apos;Oracle, il faudrait donc une image construite exprès.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An existing database server</source>
        <translation>Un serveur de base de données existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus Desktop only points Directus at this server; it does not start, back up or upgrade it.</source>
        <translation>Directus Desktop se contente d&apos;indiquer ce serveur à Directus ; il ne le démarre pas, ne le sauvegarde pas et ne le met pas à niveau.</translation>
    </message>
    <message>
        <location filename="../app/instance/EnvRules.cpp" line="+70"/>
        <source>Directus 10.0 changes the licence from GPLv3 to the Business Source License 1.1: free for organisations under USD 5 million in total finances, a paid licence above that.</source>
        <translation>Directus 10.0 passe de la licence GPLv3 à la Business Source License 1.1 : gratuite pour les organisations dont les finances totales sont inférieures à 5 millions USD, payante au-delà.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 10.2 only administrators can see the version number.</source>
        <translation>À partir de Directus 10.2, seuls les administrateurs voient le numéro de version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Crossing 10.4 renames the Redis variables (CACHE_REDIS becomes REDIS) and drops Memcached; Directus Desktop migrates its own, check any you added.</source>
        <translation>Le passage de la 10.4 renomme les variables Redis (CACHE_REDIS devient REDIS) et abandonne Memcached ; Directus Desktop migre les siennes, vérifiez celles que vous avez ajoutées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From Directus 10.6 Flows scripts cannot load npm modules and FLOWS_EXEC_ALLOWED_MODULES is gone; move such code into an operation extension.</source>
        <translation>À partir de Directus 10.6, les scripts de Flows ne peuvent plus charger de modules npm et FLOWS_EXEC_ALLOWED_MODULES disparaît ; déplacez ce code dans une extension d&apos;opération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus 10.10 ignores the old per-type extension folders and moves migrations and email templates out of the extensions folder; while old folders remain, no extension loads.</source>
        <translation>Directus 10.10 ignore les anciens dossiers d&apos;extensions par type et sort les migrations et les modèles d&apos;e-mail du dossier des extensions ; tant que d&apos;anciens dossiers restent, aucune extension ne se charge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus 11.0 replaces role permissions with policies (migrated automatically) and switches to the mysql2 driver; check custom extensions against the new permissions.</source>
        <translation>Directus 11.0 remplace les permissions des rôles par des politiques (migrées automatiquement) et passe au pilote mysql2 ; vérifiez vos extensions avec les nouvelles permissions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directus 11.4 runs on Node.js 22: extensions with native parts built for an older Node.js may not load until they are rebuilt.</source>
        <translation>Directus 11.4 tourne sur Node.js 22 : les extensions dont des parties natives ont été compilées pour un Node.js plus ancien peuvent ne pas se charger tant qu&apos;elles ne sont pas recompilées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 11.7 MySQL 5.7 is no longer supported: move the database to MySQL 8 first. Instances Directus Desktop made use MySQL 8, MariaDB, PostgreSQL or SQLite.</source>
        <translation>À partir de Directus 11.7, MySQL 5.7 n&apos;est plus pris en charge : migrez d&apos;abord la base vers MySQL 8. Les instances créées par Directus Desktop utilisent MySQL 8, MariaDB, PostgreSQL ou SQLite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From Directus 11.13 a new project without an admin shows an onboarding screen; existing projects are not affected.</source>
        <translation>À partir de Directus 11.13, un nouveau projet sans administrateur affiche un écran d&apos;accueil ; les projets existants ne sont pas concernés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directus 12.0 changes the licence to MSCL 1.0 with a free Core tier and enforces it after a 30-day grace period; it needs an absolute PUBLIC_URL, which Directus Desktop sets.</source>
        <translation>Directus 12.0 passe à la licence MSCL 1.0 avec un niveau Core gratuit et l&apos;applique après un délai de grâce de 30 jours ; il lui faut une PUBLIC_URL absolue, que Directus Desktop définit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From Directus 12.0 IP_TRUST_PROXY is off by default: behind a reverse proxy, set IP_TRUST_PROXY in the extra environment so that client addresses and rate limits stay right. A local instance needs nothing.</source>
        <translation>À partir de Directus 12.0, IP_TRUST_PROXY est désactivé par défaut : derrière un proxy inverse, définissez IP_TRUST_PROXY dans l&apos;environnement supplémentaire pour que les adresses des clients et les limites de débit restent justes. Une instance locale n&apos;a besoin de rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From Directus 12.1 the official image has no npm and no npx: a custom image that runs them on top of it must install its packages in a build stage. Directus Desktop itself needs neither.</source>
        <translation>À partir de Directus 12.1, l&apos;image officielle n&apos;a ni npm ni npx : une image personnalisée qui les exécute par-dessus doit installer ses paquets dans une étape de construction. Directus Desktop lui-même n&apos;a besoin d&apos;aucun des deux.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From directus9 10.3 Flows scripts run in isolated-vm and cannot load npm modules.</source>
        <translation>À partir de directus9 10.3, les scripts de Flows s&apos;exécutent dans isolated-vm et ne peuvent pas charger de modules npm.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The tag “%1” is not a version number, so Directus Desktop assumes the newest Directus rules.</source>
        <translation>Le tag « %1 » n&apos;est pas un numéro de version : Directus Desktop suppose donc les règles du Directus le plus récent.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag “latest” can bring a new major version with breaking changes on any pull; pick a version for a project you keep.</source>
        <translation>Le tag « latest » peut apporter une nouvelle version majeure avec des changements incompatibles à chaque téléchargement ; choisissez une version pour un projet que vous gardez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The tag “%1” follows the newest %1.x release: a pull may upgrade Directus, and the rules of that newest release apply.</source>
        <translation>Le tag « %1 » suit la dernière version %1.x : un téléchargement peut mettre Directus à niveau, et les règles de cette dernière version s&apos;appliquent.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>From Directus 11.13 the first admin is created only when both an email and a password are given; Directus Desktop sets both.</source>
        <translation>À partir de Directus 11.13, le premier administrateur n&apos;est créé que si un e-mail et un mot de passe sont fournis ; Directus Desktop définit les deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without an admin email no admin is created: Directus shows its onboarding screen on the first visit instead.</source>
        <translation>Sans e-mail d&apos;administrateur, aucun administrateur n&apos;est créé : Directus affiche à la place son écran d&apos;accueil lors de la première visite.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without an admin email Directus creates admin@example.com with a random password printed once in its log.</source>
        <translation>Sans e-mail d&apos;administrateur, Directus crée admin@example.com avec un mot de passe aléatoire affiché une seule fois dans son journal.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>FLOWS_EXEC_ALLOWED_MODULES has no effect on this version: Flows scripts can no longer load npm modules. Use an operation extension instead.</source>
        <translation>FLOWS_EXEC_ALLOWED_MODULES n&apos;a aucun effet dans cette version : les scripts de Flows ne peuvent plus charger de modules npm. Utilisez plutôt une extension d&apos;opération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ADMIN_TOKEN has no effect on this version.</source>
        <translation>ADMIN_TOKEN n&apos;a aucun effet dans cette version.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This Directus version needs MySQL&apos;s mysql_native_password login, which MySQL 8.4 and later turn off. Use the mysql:8.0 image.</source>
        <translation>Cette version de Directus a besoin de la connexion MySQL mysql_native_password, que MySQL 8.4 et suivants désactivent. Utilisez l&apos;image mysql:8.0.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This Directus version logs in to MySQL 8 only with mysql_native_password: make sure the server&apos;s user for Directus uses it.</source>
        <translation>Cette version de Directus ne se connecte à MySQL 8 qu&apos;avec mysql_native_password : assurez-vous que l&apos;utilisateur du serveur pour Directus l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Directus cannot go back to an older version on the same data: restore a backup made with %1 instead.</source>
        <translation>Directus ne peut pas revenir à une version plus ancienne sur les mêmes données : restaurez plutôt une sauvegarde faite avec %1.</translation>
    </message>
    <message>
        <location filename="../app/instance/FolderCheck.cpp" line="+20"/>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No part of %1 exists on this computer.</source>
        <translation>Aucune partie de %1 n&apos;existe sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be created: %2 is a file, not a folder.</source>
        <translation>%1 ne peut pas être créé : %2 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot write to %1. Choose a folder you own.</source>
        <translation>Vous ne pouvez pas écrire dans %1. Choisissez un dossier qui vous appartient.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cannot be created: you cannot write to %2.</source>
        <translation>%1 ne peut pas être créé : vous ne pouvez pas écrire dans %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only %1 free on this disk: Directus needs more room for its database and uploads.</source>
        <translation>Seulement %1 libres sur ce disque : Directus a besoin de plus de place pour sa base de données et ses fichiers envoyés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only %1 free on this disk; uploads may fill it soon.</source>
        <translation>Seulement %1 libres sur ce disque ; les fichiers envoyés pourraient bientôt le remplir.</translation>
    </message>
    <message>
        <location filename="../app/instance/InstanceStore.cpp" line="+123"/>
        <source>the field “%1” has a value this version cannot read</source>
        <translation>le champ « %1 » a une valeur que cette version ne sait pas lire</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>it is not valid YAML (%1)</source>
        <translation>ce n&apos;est pas du YAML valide (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it does not describe an instance</source>
        <translation>il ne décrit pas une instance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it has no valid format number</source>
        <translation>il n&apos;a pas de numéro de format valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it was written by a newer Directus Desktop (format %1; this version reads format %2). Update Directus Desktop to open this instance.</source>
        <translation>il a été écrit par un Directus Desktop plus récent (format %1 ; cette version lit le format %2). Mettez à jour Directus Desktop pour ouvrir cette instance.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>it has no valid instance id</source>
        <translation>il n&apos;a pas d&apos;id d&apos;instance valide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus Desktop could not save the instance settings in %1: %2.</source>
        <translation>Directus Desktop n&apos;a pas pu enregistrer les paramètres de l&apos;instance dans %1 : %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the instance has no valid id</source>
        <translation>l&apos;instance n&apos;a pas d&apos;id valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the folder cannot be created</source>
        <translation>le dossier ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The instance file %1 cannot be read: %2.</source>
        <translation>Le fichier d&apos;instance %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a valid instance id</source>
        <translation>« %1 » n&apos;est pas un id d&apos;instance valide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it belongs to the instance %1, not to %2</source>
        <translation>il appartient à l&apos;instance %1, pas à %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>“%1” is not a valid instance id.</source>
        <translation>« %1 » n&apos;est pas un id d&apos;instance valide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Directus Desktop could not delete %1: %2.</source>
        <translation>Directus Desktop n&apos;a pas pu supprimer %1 : %2.</translation>
    </message>
    <message>
        <location filename="../app/instance/InstanceValidator.cpp" line="+67"/>
        <source>“%1” cannot name a network: use letters, digits, “_”, “.” and “-”.</source>
        <translation>« %1 » ne peut pas nommer un réseau : utilisez des lettres, des chiffres, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” cannot name a volume: use letters, digits, “_”, “.” and “-”.</source>
        <translation>« %1 » ne peut pas nommer un volume : utilisez des lettres, des chiffres, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot name the SQLite file: use letters, digits, “_”, “.” and “-”.</source>
        <translation>« %1 » ne peut pas nommer le fichier SQLite : utilisez des lettres, des chiffres, « _ », « . » et « - ».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” cannot name a database or its user: use up to 63 letters, digits and “_”, starting with a letter.</source>
        <translation>« %1 » ne peut pas nommer une base de données ni son utilisateur : utilisez jusqu’à 63 lettres, chiffres et « _ », en commençant par une lettre.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the instance a name.</source>
        <translation>Donnez un nom à l&apos;instance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: use at most 63 characters.</source>
        <translation>Le nom est trop long : utilisez au plus 63 caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use lowercase letters in the name.</source>
        <translation>Utilisez des minuscules dans le nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name may contain only lowercase letters, digits, “-” and “_”, and must start with a letter or a digit.</source>
        <translation>Le nom ne peut contenir que des lettres minuscules, des chiffres, « - » et « _ », et doit commencer par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An instance or Docker Compose project named “%1” already exists.</source>
        <translation>Une instance ou un projet Docker Compose nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a Directus version.</source>
        <translation>Choisissez une version de Directus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a version number, so Directus Desktop cannot tell which settings this image needs and assumes the newest.</source>
        <translation>« %1 » n&apos;est pas un numéro de version : Directus Desktop ne peut donc pas savoir de quels paramètres cette image a besoin et suppose la plus récente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SQL Server runs only after you accept Microsoft&apos;s licence terms (EULA) for its image.</source>
        <translation>SQL Server ne fonctionne qu&apos;une fois acceptées les conditions de licence (CLUF) de Microsoft pour son image.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose which kind of database server this is.</source>
        <translation>Choisissez le type de ce serveur de base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the database server&apos;s host name or address.</source>
        <translation>Saisissez le nom d&apos;hôte ou l&apos;adresse du serveur de base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inside the Directus container “%1” is the container itself. For a server on this computer use host.docker.internal or its network address.</source>
        <translation>Dans le conteneur Directus, « %1 » désigne le conteneur lui-même. Pour un serveur sur cet ordinateur, utilisez host.docker.internal ou son adresse réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+28"/>
        <source>A port is a number from 1 to 65535.</source>
        <translation>Un port est un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Enter the name of the database Directus should use.</source>
        <translation>Saisissez le nom de la base de données que Directus doit utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the user Directus logs in as.</source>
        <translation>Saisissez l&apos;utilisateur avec lequel Directus se connecte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the email address you will log in with.</source>
        <translation>Saisissez l&apos;adresse e-mail avec laquelle vous vous connecterez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not an email address Directus accepts, such as admin@example.com.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail acceptée par Directus, comme admin@example.com.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ports below 1024 need administrator rights: rootless Docker and Podman cannot publish them. 8055 is the usual port.</source>
        <translation>Les ports inférieurs à 1024 nécessitent des droits d&apos;administrateur : Docker rootless et Podman ne peuvent pas les publier. 8055 est le port habituel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter an IP address such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Saisissez une adresse IP comme 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (tous les réseaux).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus will be reachable from other computers on your networks, not only from this one.</source>
        <translation>Directus sera accessible depuis d&apos;autres ordinateurs de vos réseaux, pas seulement depuis celui-ci.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The public URL must be a full web address such as http://localhost:8055.</source>
        <translation>L&apos;URL publique doit être une adresse web complète comme http://localhost:8055.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a folder.</source>
        <translation>Choisissez un dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the folder with its full path, such as /home/me/directus/uploads.</source>
        <translation>Choisissez le dossier avec son chemin complet, comme /home/moi/directus/uploads.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The root of a disk cannot be used: Directus Desktop changes the owner of this folder.</source>
        <translation>La racine d&apos;un disque ne peut pas être utilisée : Directus Desktop change le propriétaire de ce dossier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a valid variable name: use letters, digits and “_”, not starting with a digit.</source>
        <translation>« %1 » n&apos;est pas un nom de variable valide : utilisez des lettres, des chiffres et « _ », sans commencer par un chiffre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is set by Directus Desktop from your other choices; change it there.</source>
        <translation>%1 est défini par Directus Desktop d&apos;après vos autres choix ; modifiez-le là.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is set twice.</source>
        <translation>%1 est défini deux fois.</translation>
    </message>
    <message>
        <location filename="../app/instance/ComposeSecretsRewriter.cpp" line="-27"/>
        <source>The value of %1 in the service “%2” is not a one-line value, so it stays in the file.</source>
        <translation>La valeur de %1 dans le service « %2 » ne tient pas sur une ligne, elle reste donc dans le fichier.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Le fichier %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source># Moved here from %1 by Directus Desktop. Keep this file private.</source>
        <translation># Déplacé ici depuis %1 par Directus Desktop. Gardez ce fichier privé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 already sets %2 to another value; nothing was changed.</source>
        <translation>%1 donne déjà une autre valeur à %2 ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The compose file could not be rewritten: %1.</source>
        <translation>Le fichier compose n’a pas pu être réécrit : %1.</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <location filename="../app/logs/LogExporter.cpp" line="+60"/>
        <location line="+43"/>
        <source>The log could not be exported to %1: %2</source>
        <translation>Le journal n&apos;a pas pu être exporté vers %1 : %2</translation>
    </message>
    <message>
        <location filename="../app/logs/LogLevel.cpp" line="+72"/>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Debug</source>
        <translation>Débogage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../app/logs/LogLineMatcher.cpp" line="+41"/>
        <source>The search pattern is not valid: %1</source>
        <translation>Le motif de recherche n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <location filename="../app/logs/LogStoreData.cpp" line="+117"/>
        <source>Older log lines could not be read back from the temporary file: %1</source>
        <translation>Les lignes de journal plus anciennes n&apos;ont pas pu être relues depuis le fichier temporaire : %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+9"/>
        <source>Older log lines cannot be moved to disk (%1): memory use is no longer bounded.</source>
        <translation>Les lignes de journal plus anciennes ne peuvent pas être déplacées sur le disque (%1) : la mémoire utilisée n&apos;est plus bornée.</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../app/operations/DirectusHttp.cpp" line="+101"/>
        <source>Directus refused the admin login: %1</source>
        <translation>Directus a refusé la connexion de l&apos;administrateur : %1</translation>
    </message>
    <message>
        <location filename="../app/operations/DiscoveredStack.cpp" line="+180"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>partly running</source>
        <translation>partiellement en marche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs attention</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <location filename="../app/operations/InstanceSecrets.cpp" line="+63"/>
        <source>The value of %1 is missing from the secret store. Import the compose file again, or remove %1 in the instance&apos;s Settings.</source>
        <translation>La valeur de %1 manque dans le coffre de secrets. Importez de nouveau le fichier compose, ou retirez %1 dans les réglages de l’instance.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The instance&apos;s secret &quot;%1&quot; is missing from the secret store. Import the instance again or set the secret in Settings.</source>
        <translation>Le secret « %1 » de l&apos;instance est absent du coffre de secrets. Importez de nouveau l&apos;instance ou définissez le secret dans les paramètres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password of the external database server is not set. Enter it for this instance; the app cannot invent it.</source>
        <translation>Le mot de passe du serveur de base de données externe n&apos;est pas défini. Saisissez-le pour cette instance ; l&apos;application ne peut pas l&apos;inventer.</translation>
    </message>
    <message>
        <location filename="../app/operations/Journal.cpp" line="+113"/>
        <source>The journal is unreadable: %1</source>
        <translation>Le journal des opérations est illisible : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The journal names no instance or operation.</source>
        <translation>Le journal des opérations ne nomme aucune instance ni opération.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location filename="../app/operations/Operation.cpp" line="+126"/>
        <source>Another program already finished the interrupted %1 of %2.</source>
        <translation>Un autre programme a déjà terminé l&apos;opération %1 interrompue de %2.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Cannot write the operation journal: %1. Free some disk space or check the permissions of %2.</source>
        <translation>Impossible d&apos;écrire le journal des opérations : %1. Libérez de l&apos;espace disque ou vérifiez les permissions de %2.</translation>
    </message>
    <message>
        <location filename="../app/operations/Recovery.cpp" line="+56"/>
        <source>The interrupted %1 of %2 cannot be recovered: %3</source>
        <translation>L&apos;opération interrompue %1 de %2 ne peut pas être reprise : %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Unknown operation &quot;%1&quot; in the journal of %2.</source>
        <translation>Opération inconnue « %1 » dans le journal des opérations de %2.</translation>
    </message>
    <message>
        <location filename="../app/operations/RemoveOperation.cpp" line="+36"/>
        <source>Removing %1</source>
        <translation>Suppression de %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The instance was only partly removed; run remove again.</source>
        <translation>L&apos;instance n&apos;a été que partiellement supprimée ; relancez remove.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../app/registry/RegistryError.cpp" line="+20"/>
        <source>Could not reach the registry for %1 (%2). Check the network connection or the registry address in the settings.</source>
        <translation>Impossible de joindre le registre pour %1 (%2). Vérifiez la connexion réseau ou l&apos;adresse du registre dans les paramètres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry has no repository %1. Check the image name and the registry address.</source>
        <translation>Le registre n&apos;a pas de dépôt %1. Vérifiez le nom de l&apos;image et l&apos;adresse du registre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry refused to list the tags of %1 without signing in (HTTP %2). The repository may be private.</source>
        <translation>Le registre a refusé de lister les tags de %1 sans connexion (HTTP %2). Le dépôt est peut-être privé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The registry is limiting requests for %1 right now. Try again in a few minutes.</source>
        <translation>Le registre limite en ce moment les requêtes pour %1. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The registry answered for %1 with something that is not a tag list (%2). The registry address may point at another service.</source>
        <translation>Le registre a répondu pour %1 avec autre chose qu&apos;une liste de tags (%2). L&apos;adresse du registre pointe peut-être vers un autre service.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The registry failed to list the tags of %1 (HTTP %2). Try again later.</source>
        <translation>Le registre n&apos;a pas pu lister les tags de %1 (HTTP %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <location filename="../app/registry/RegistryParsers.cpp" line="+23"/>
        <location filename="../app/registry/RegistryTagsClient.cpp" line="+114"/>
        <source>the answer is too large</source>
        <translation>la réponse est trop volumineuse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid JSON: %1</source>
        <translation>JSON invalide : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the JSON is not an object</source>
        <translation>le JSON n&apos;est pas un objet</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>no &quot;tags&quot; field</source>
        <translation>pas de champ « tags »</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&quot;tags&quot; is not a list</source>
        <translation>« tags » n&apos;est pas une liste</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no &quot;results&quot; list</source>
        <translation>pas de liste « results »</translation>
    </message>
    <message>
        <location filename="../app/registry/RegistryTagsClient.cpp" line="-55"/>
        <source>The registry address or the repository name is empty or invalid.</source>
        <translation>L&apos;adresse du registre ou le nom du dépôt est vide ou invalide.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+37"/>
        <location filename="../app/registry/TagCatalogLoader.cpp" line="+53"/>
        <source>Listing the tags was cancelled.</source>
        <translation>La liste des tags a été annulée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the pages never end</source>
        <translation>les pages ne finissent jamais</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the token service sent no token</source>
        <translation>le service de jetons n&apos;a envoyé aucun jeton</translation>
    </message>
    <message>
        <location filename="../app/registry/TagCatalogLoader.cpp" line="+55"/>
        <source>The registry could not be asked for new tags, so this is the list saved on %1. %2</source>
        <translation>Le registre n&apos;a pas pu être interrogé sur les nouveaux tags : voici donc la liste enregistrée le %1. %2</translation>
    </message>
</context>
<context>
    <name>Secrets</name>
    <message>
        <location filename="../app/secrets/FileSecretStore.cpp" line="+33"/>
        <source>The password file has no entry named %1.</source>
        <translation>Le fichier de mots de passe n&apos;a pas d&apos;entrée nommée %1.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The password file operation was cancelled.</source>
        <translation>L&apos;opération sur le fichier de mots de passe a été annulée.</translation>
    </message>
    <message>
        <location filename="../app/secrets/KeychainSecretStore.cpp" line="+44"/>
        <source>The keychain is locked (or has no login keyring yet) and no prompt could be shown. Unlock or create your login keyring, for example in Passwords and Keys or KWallet, and try again, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Le trousseau est verrouillé (ou il n&apos;y a pas encore de trousseau de session) et aucune invite n&apos;a pu s&apos;afficher. Déverrouillez ou créez votre trousseau de session, par exemple dans Mots de passe et clés ou KWallet, puis réessayez, ou choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The keychain has no entry named %1.</source>
        <translation>Le trousseau n&apos;a pas d&apos;entrée nommée %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Access to the keychain was refused. Try again and allow Directus Desktop to use it, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>L&apos;accès au trousseau a été refusé. Réessayez et autorisez Directus Desktop à l&apos;utiliser, ou choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The keychain reported an error: %1. Try again; if it keeps failing, choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Le trousseau a signalé une erreur : %1. Réessayez ; si l&apos;échec persiste, choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The keychain could not delete the entry %1: %2. Try again, or delete it with your system&apos;s password manager.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;entrée %1 : %2. Réessayez, ou supprimez-la avec le gestionnaire de mots de passe de votre système.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain reported an unknown error (%1): %2. Try again; if it keeps failing, choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Le trousseau a signalé une erreur inconnue (%1) : %2. Réessayez ; si l&apos;échec persiste, choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available (no Secret Service is running). Start GNOME Keyring or KWallet, or choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Aucun trousseau n&apos;est disponible (aucun Secret Service n&apos;est en marche). Démarrez GNOME Keyring ou KWallet, ou choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available on this system. Choose where Directus Desktop keeps passwords: ask every time, or a file only you can read.</source>
        <translation>Aucun trousseau n&apos;est disponible sur ce système. Choisissez où Directus Desktop garde les mots de passe : demander à chaque fois, ou un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretFile.cpp" line="+49"/>
        <source>it is not a list of names and values</source>
        <translation>ce n&apos;est pas une liste de noms et de valeurs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an entry is not a name and a value</source>
        <translation>une entrée n&apos;est pas un nom et une valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the value of %1 is not base64</source>
        <translation>la valeur de %1 n&apos;est pas en base64</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Directus Desktop could not read its password file %1: %2. Check that the file belongs to you and that you may read it.</source>
        <translation>Directus Desktop n&apos;a pas pu lire son fichier de mots de passe %1 : %2. Vérifiez que le fichier vous appartient et que vous pouvez le lire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The password file %1 is damaged (%2). Move it aside or delete it: Directus Desktop then starts a new one, and you enter the passwords again.</source>
        <translation>Le fichier de mots de passe %1 est endommagé (%2). Déplacez-le ou supprimez-le : Directus Desktop en commence alors un nouveau, et vous saisissez de nouveau les mots de passe.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directus Desktop could not save its password file %1: %2. Check that the folder belongs to you and that the disk has free space.</source>
        <translation>Directus Desktop n&apos;a pas pu enregistrer son fichier de mots de passe %1 : %2. Vérifiez que le dossier vous appartient et que le disque a de l&apos;espace libre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the folder %1 cannot be created</source>
        <translation>le dossier %1 ne peut pas être créé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Directus Desktop could not make the password file %1 readable only by you (%2), so it saved nothing.</source>
        <translation>Directus Desktop n&apos;a pas pu rendre le fichier de mots de passe %1 lisible par vous seul (%2) : rien n&apos;a donc été enregistré.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretGenerator.cpp" line="+203"/>
        <source>Enter a password.</source>
        <translation>Saisissez un mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is one of the most common passwords; it is the first thing an attacker tries. Use the generated password, or several unrelated words.</source>
        <translation>C&apos;est l&apos;un des mots de passe les plus courants ; c&apos;est le premier qu&apos;un attaquant essaie. Utilisez le mot de passe généré, ou plusieurs mots sans rapport entre eux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One character repeated is guessed at once.</source>
        <translation>Un seul caractère répété se devine immédiatement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A row of the keyboard or the alphabet is guessed at once.</source>
        <translation>Une rangée du clavier ou de l&apos;alphabet se devine immédiatement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Too short: use at least 12 characters, better 16 or more.</source>
        <translation>Trop court : utilisez au moins 12 caractères, de préférence 16 ou plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weak: it repeats characters or uses few kinds of them. Make it longer and mix upper and lower case letters, digits and symbols.</source>
        <translation>Faible : il répète des caractères ou en utilise peu de sortes. Allongez-le et mélangez majuscules, minuscules, chiffres et symboles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fair: longer is stronger; 16 or more characters are hard to guess.</source>
        <translation>Moyen : plus long, c&apos;est plus fort ; 16 caractères ou plus sont difficiles à deviner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Good.</source>
        <translation>Bon.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strong.</source>
        <translation>Fort.</translation>
    </message>
    <message>
        <location filename="../app/secrets/SecretStoreChoice.cpp" line="+58"/>
        <source>the file %1 (readable only by you)</source>
        <translation>le fichier %1 (lisible par vous seul)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>dd::backup::BackupJob</name>
    <message>
        <location filename="../app/backup/BackupJob.cpp" line="+59"/>
        <source>%1 has no Directus container to back up. Start it once, then try again.</source>
        <translation>%1 n&apos;a pas de conteneur Directus à sauvegarder. Démarrez l&apos;instance une fois, puis réessayez.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Cannot create a backup folder in %1. Choose a folder you can write to.</source>
        <translation>Impossible de créer un dossier de sauvegarde dans %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stopping Directus</source>
        <translation>Arrêt de Directus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copying the SQLite database</source>
        <translation>Copie de la base de données SQLite</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SQLite database could not be read from the container (%1).</source>
        <translation>La base de données SQLite n&apos;a pas pu être lue depuis le conteneur (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+47"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Dumping the %1 database…</source>
        <translation>Dump de la base de données %1…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dumping the %1 database… %2</source>
        <translation>Dump de la base de données %1… %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The %1 dump failed (exit code %2).</source>
        <translation>Le dump %1 a échoué (code de sortie %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot write the dump to %1.</source>
        <translation>Impossible d&apos;écrire le dump dans %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dumped the %1 database: %2</source>
        <translation>Base de données %1 extraite : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copying %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Verifying the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Starting Directus again</source>
        <translation>Redémarrage de Directus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus did not start again: %1</source>
        <translation>Directus n&apos;a pas redémarré : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Directus did not answer again: %1</source>
        <translation>Directus n&apos;a plus répondu : %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not remove the incomplete backup %1</source>
        <translation>Impossible de supprimer la sauvegarde incomplète %1</translation>
    </message>
</context>
<context>
    <name>dd::backup::BackupText</name>
    <message>
        <location filename="../app/backup/BackupManifest.cpp" line="+40"/>
        <source>%1 is not a backup: it has no readable manifest.json.</source>
        <translation>%1 n&apos;est pas une sauvegarde : il n&apos;a pas de manifest.json lisible.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The manifest.json of %1 is damaged (%2).</source>
        <translation>Le manifest.json de %1 est endommagé (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written in a backup format this version does not read.</source>
        <translation>%1 a été écrit dans un format de sauvegarde que cette version ne lit pas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The manifest.json of %1 names a file outside the backup.</source>
        <translation>Le manifest.json de %1 désigne un fichier en dehors de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The manifest.json of %1 gives %2 no size in bytes.</source>
        <translation>Le manifest.json de %1 ne donne pas de taille en octets pour %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The manifest.json of %1 lacks the version, database kind or date.</source>
        <translation>Le manifest.json de %1 n&apos;indique pas la version, le type de base de données ou la date.</translation>
    </message>
    <message>
        <location filename="../app/backup/BackupVerifier.cpp" line="+58"/>
        <source>The backup %1 is incomplete: its manifest does not list %2.</source>
        <translation>La sauvegarde %1 est incomplète : son manifeste ne mentionne pas %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is incomplete: %2 is missing.</source>
        <translation>La sauvegarde %1 est incomplète : %2 est absent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 is damaged: %2 has %3 bytes, the manifest says %4.</source>
        <translation>La sauvegarde %1 est endommagée : %2 fait %3 octets, le manifeste indique %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is damaged: the %2 database dump is cut short or not a dump.</source>
        <translation>La sauvegarde %1 est endommagée : le dump de la base de données %2 est tronqué ou n&apos;est pas un dump.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The backup %1 is damaged: %2 does not read (%3).</source>
        <translation>La sauvegarde %1 est endommagée : %2 ne se lit pas (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is refused: %2 holds an entry a restore must not write: %3</source>
        <translation>La sauvegarde %1 est refusée : %2 contient une entrée qu’une restauration ne doit pas écrire : %3</translation>
    </message>
    <message>
        <location filename="../app/backup/TarReader.cpp" line="+124"/>
        <location line="+22"/>
        <source>The archive ends in the middle (at byte %1).</source>
        <translation>L&apos;archive s&apos;arrête au milieu (à l&apos;octet %1).</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The archive is damaged: a header checksum is wrong at byte %1.</source>
        <translation>L&apos;archive est endommagée : une somme de contrôle d&apos;en-tête est fausse à l&apos;octet %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The archive is damaged: an entry at byte %1 is longer than the archive.</source>
        <translation>L&apos;archive est endommagée : une entrée à l&apos;octet %1 est plus longue que l&apos;archive.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The archive is damaged: an extended header is %1 bytes long.</source>
        <translation>L&apos;archive est endommagée : un en-tête étendu fait %1 octets.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The archive cannot be read.</source>
        <translation>L&apos;archive ne peut pas être lue.</translation>
    </message>
    <message>
        <location filename="../app/backup/ArchiveEntryCheck.cpp" line="+41"/>
        <source>“%1” has an absolute name.</source>
        <translation>« %1 » a un nom absolu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” names a parent folder (“..”).</source>
        <translation>« %1 » désigne un dossier parent (« .. »).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is a hard link to “%2”, outside its folder.</source>
        <translation>« %1 » est un lien physique vers « %2 », hors de son dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is a link to “%2”, outside its folder.</source>
        <translation>« %1 » est un lien vers « %2 », hors de son dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is a device, pipe or other special file (tar type “%2”).</source>
        <translation>« %1 » est un périphérique, un tube ou un autre fichier spécial (type tar « %2 »).</translation>
    </message>
</context>
<context>
    <name>dd::backup::CloneJob</name>
    <message>
        <location filename="../app/backup/CloneJob.cpp" line="+37"/>
        <source>Verifying the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup holds a %1 database, but %2 uses %3.</source>
        <translation>Cette sauvegarde contient une base de données %1, mais %2 utilise %3.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copying the admin password of %1</source>
        <translation>Copie du mot de passe administrateur de %1</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The new instance %1 exists but does not hold the backup. Remove it with `remove %1 --delete-data --yes`, or restore the backup into it.</source>
        <translation>La nouvelle instance %1 existe mais ne contient pas la sauvegarde. Supprimez-la avec `remove %1 --delete-data --yes`, ou restaurez-y la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>dd::backup::RestoreJob</name>
    <message>
        <location filename="../app/backup/RestoreJob.cpp" line="+56"/>
        <source>Verifying the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup holds a %1 database, but %2 uses %3: it cannot be restored there.</source>
        <translation>Cette sauvegarde contient une base de données %1, mais %2 utilise %3 : elle ne peut pas y être restaurée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 has no Directus container to restore into. Start it once, then try again.</source>
        <translation>%1 n&apos;a pas de conteneur Directus où restaurer. Démarrez l&apos;instance une fois, puis réessayez.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Stopping Directus</source>
        <translation>Arrêt de Directus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot prepare the dump in %1.</source>
        <translation>Impossible de préparer le dump dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading the %1 dump</source>
        <translation>Chargement du dump %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading the %1 dump failed (exit code %2).</source>
        <translation>Le chargement du dump %1 a échoué (code de sortie %2).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Replacing the uploads and extensions</source>
        <translation>Remplacement des fichiers envoyés et des extensions</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Restored from %1</source>
        <translation>Restaurée depuis %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot prepare the SQLite file in %1.</source>
        <translation>Impossible de préparer le fichier SQLite dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The data of %1 was partly replaced: restore the backup again before starting it.</source>
        <translation>Les données de %1 ont été partiellement remplacées : restaurez de nouveau la sauvegarde avant de la démarrer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing of %1 was changed.</source>
        <translation>Rien n&apos;a été modifié dans %1.</translation>
    </message>
</context>
<context>
    <name>dd::cli::CliText</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+48"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+160"/>
        <source>Usage: %1 %2</source>
        <translation>Utilisation : %1 %2</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Backing up %1...</source>
        <translation>Sauvegarde de %1...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Backup written and verified: %1 (%2)</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No backups of %1 in %2.</source>
        <translation>Aucune sauvegarde de %1 dans %2.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>`%1 clone %2 %3 NEW_NAME` makes a new instance that runs %4.</source>
        <translation>`%1 clone %2 %3 NOUVEAU_NOM` crée une nouvelle instance qui exécute %4.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring replaces the database, uploads and extensions of %1 with those of the backup made %2; everything changed since then is lost. Directus is stopped while it runs. Add --yes to confirm.</source>
        <translation>La restauration remplace la base de données, les fichiers envoyés et les extensions de %1 par ceux de la sauvegarde faite le %2 ; tout ce qui a changé depuis est perdu. Directus est arrêté pendant l&apos;opération. Ajoutez --yes pour confirmer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A safety backup of the data as it is now is made first, in %1.</source>
        <translation>Une sauvegarde de sécurité des données actuelles est d&apos;abord faite, dans %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring %1 from %2...</source>
        <translation>Restauration de %1 depuis %2...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored. Starting %1...</source>
        <translation>Restaurée. Démarrage de %1...</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+83"/>
        <source>Error: </source>
        <translation>Erreur : </translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/InstanceCommands.cpp" line="+0"/>
        <source>Warning: </source>
        <translation>Avertissement : </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Port %1 on %2 is taken by another program. Use --port auto.</source>
        <translation>Le port %1 sur %2 est pris par un autre programme. Utilisez --port auto.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cloning %1 from %2 into %3...</source>
        <translation>Clonage de %1 depuis %2 vers %3...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is ready at %2 (Directus %3, the data of the backup; the admin logs in as on %4).</source>
        <translation>%1 est prête à l&apos;adresse %2 (Directus %3, les données de la sauvegarde ; l&apos;administrateur se connecte comme sur %4).</translation>
    </message>
    <message>
        <location filename="../app/cli/CliOperations.cpp" line="+31"/>
        <source>Failed at step &quot;%1&quot;: %2</source>
        <translation>Échec à l&apos;étape « %1 » : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last log lines:</source>
        <translation>Dernières lignes du journal :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Recovering the interrupted %1 of %2 (it stopped at &quot;%3&quot;)...</source>
        <translation>Reprise de l&apos;opération interrompue %1 de %2 (elle s&apos;est arrêtée à « %3 »)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between steps</source>
        <translation>entre deux étapes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recovered: the %1 of %2 is complete.</source>
        <translation>Reprise réussie : l&apos;opération %1 de %2 est terminée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is running at %2</source>
        <translation>%1 tourne à l&apos;adresse %2</translation>
    </message>
    <message>
        <location filename="../app/cli/InstanceCommands.cpp" line="-199"/>
        <location filename="../app/cli/UpgradeCommand.cpp" line="+78"/>
        <source>Instance name</source>
        <translation>Nom de l&apos;instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the instance from a YAML file (the format of the app&apos;s instance files).</source>
        <translation>Lire l&apos;instance depuis un fichier YAML (le format des fichiers d&apos;instance de l&apos;application).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance name (compose project).</source>
        <translation>Nom de l&apos;instance (projet compose).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus image tag.</source>
        <translation>Tag de l&apos;image Directus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sqlite, postgres, mysql, mariadb, mssql, cockroachdb.</source>
        <translation>sqlite, postgres, mysql, mariadb, mssql, cockroachdb.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use a Redis cache.</source>
        <translation>Utiliser un cache Redis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin&apos;s email address.</source>
        <translation>L&apos;adresse e-mail de l&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host port, or &quot;auto&quot; (8055 when free).</source>
        <translation>Port de l&apos;hôte, ou « auto » (8055 s&apos;il est libre).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address the port is published on (default 127.0.0.1).</source>
        <translation>Adresse sur laquelle le port est publié (127.0.0.1 par défaut).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep uploads in this folder instead of a volume.</source>
        <translation>Garder les fichiers envoyés dans ce dossier au lieu d&apos;un volume.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the SQLite database in this folder.</source>
        <translation>Garder la base de données SQLite dans ce dossier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep extensions in this folder.</source>
        <translation>Garder les extensions dans ce dossier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an instance file: %2</source>
        <translation>%1 n&apos;est pas un fichier d&apos;instance : %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown database &quot;%1&quot;.</source>
        <translation>Base de données inconnue « %1 ».</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is running.</source>
        <translation>%1 est en marche.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>%1 is stopped.</source>
        <translation>%1 est arrêtée.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Port %1 on %2 is taken by another program. Use --port %3 (free now) or --port auto.</source>
        <translation>Le port %1 sur %2 est pris par un autre programme. Utilisez --port %3 (libre maintenant) ou --port auto.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is ready at %2</source>
        <translation>%1 est prête à l&apos;adresse %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin: %1; the password is in %2. Show it with `%3 credentials %4`.</source>
        <translation>Administrateur : %1 ; le mot de passe est dans %2. Affichez-le avec `%3 credentials %4`.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 was made with docker compose, not by this app. Remove it where it was made (docker compose -p %1 down); this app only starts, stops and watches it.</source>
        <translation>%1 a été créée avec docker compose, pas par cette application. Supprimez-la là où elle a été créée (docker compose -p %1 down) ; cette application se contente de la démarrer, l&apos;arrêter et la surveiller.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delete-data deletes these volumes for good: %1. Add --yes to confirm. Host folders are never deleted.</source>
        <translation>--delete-data supprime définitivement ces volumes : %1. Ajoutez --yes pour confirmer. Les dossiers de l&apos;hôte ne sont jamais supprimés.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is removed.</source>
        <translation>%1 est supprimée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to recover.</source>
        <translation>Rien à reprendre.</translation>
    </message>
    <message>
        <location filename="../app/cli/CredentialsCommand.cpp" line="+28"/>
        <source>Usage: %1 credentials NAME [--json] or %1 credentials NAME --set-password</source>
        <translation>Usage : %1 credentials NOM [--json] ou %1 credentials NOM --set-password</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>URL: %1
Email: %2
Password: %3</source>
        <translation>URL : %1
E-mail : %2
Mot de passe : %3</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Current admin password of %1 (%2): </source>
        <translation>Mot de passe admin actuel de %1 (%2) : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password was given on standard input; nothing was stored.</source>
        <translation>Aucun mot de passe sur l&apos;entrée standard ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>That password does not log in as %1 on %2 (%3); nothing was stored.</source>
        <translation>Ce mot de passe ne permet pas de se connecter en tant que %1 sur %2 (%3) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The admin password of %1 is stored; it logs in as %2.</source>
        <translation>Le mot de passe admin de %1 est enregistré ; il permet de se connecter en tant que %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The admin password of %1 is stored. It was not tried: %1 is not running, so the next start or upgrade checks it.</source>
        <translation>Le mot de passe admin de %1 est enregistré. Il n&apos;a pas été essayé : %1 ne tourne pas, le prochain démarrage ou la prochaine mise à niveau le vérifiera.</translation>
    </message>
    <message>
        <location filename="../app/cli/UpgradeCommand.cpp" line="-51"/>
        <source>%1 runs the floating tag &quot;%2&quot;; set an exact version to see upgrades.</source>
        <translation>%1 utilise le tag flottant « %2 » ; définissez une version exacte pour voir les mises à niveau.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The list of Directus versions cannot be read: %1</source>
        <translation>La liste des versions de Directus ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+65"/>
        <source>%1 runs Directus %2.</source>
        <translation>%1 exécute Directus %2.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>No newer version is available.</source>
        <translation>Aucune version plus récente n&apos;est disponible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest patch</source>
        <translation>dernier correctif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest minor</source>
        <translation>dernière version mineure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next major</source>
        <translation>prochaine version majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest major</source>
        <translation>dernière version majeure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommended: %1</source>
        <translation>Recommandée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changes from %1 to %2:</source>
        <translation>Ce qui change de %1 à %2 :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade with: %1 upgrade %2 --to %3</source>
        <translation>Mettre à niveau avec : %1 upgrade %2 --to %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The Directus version to upgrade to</source>
        <translation>La version de Directus cible de la mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the backup made first goes</source>
        <translation>Où va la sauvegarde faite au préalable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage: %1 upgrade NAME [--to TAG [--backup-dir DIR]]</source>
        <translation>Utilisation : %1 upgrade NAME [--to TAG [--backup-dir DIR]]</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Upgrading %1 from Directus %2 to %3. A backup is made first (in %4); on any failure the instance is rolled back to %2.</source>
        <translation>Mise à niveau de %1 de Directus %2 vers %3. Une sauvegarde est faite d&apos;abord (dans %4) ; en cas d&apos;échec, l&apos;instance est ramenée à %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/CommandHelp.cpp" line="+17"/>
        <source>which Docker engine is used and why; whether it answers</source>
        <translation>quel moteur Docker est utilisé et pourquoi ; s&apos;il répond</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>create an instance and wait until Directus answers and the admin can log in</source>
        <translation>créer une instance et attendre que Directus réponde et que l&apos;admin puisse se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start an instance (recreates what is missing)</source>
        <translation>démarrer une instance (recrée ce qui manque)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop an instance (Directus first)</source>
        <translation>arrêter une instance (Directus d&apos;abord)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stop, then start</source>
        <translation>arrêter, puis démarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>remove an instance; its volumes are kept unless --delete-data --yes</source>
        <translation>supprimer une instance ; ses volumes sont conservés, sauf avec --delete-data --yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>without --to: the versions it can go to; with it: back up, then move to TAG, rolled back by itself on any failure</source>
        <translation>sans --to : les versions vers lesquelles elle peut passer ; avec : sauvegarder, puis passer à TAG, avec retour en arrière automatique en cas d&apos;échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write and verify a backup (database, uploads, extensions)</source>
        <translation>écrire et vérifier une sauvegarde (base de données, fichiers envoyés, extensions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the instance&apos;s backups, newest first</source>
        <translation>les sauvegardes de l&apos;instance, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>replace the instance&apos;s data with a backup (same version); a safety backup of the data as it is now is made first and put back if the restore fails</source>
        <translation>remplacer les données de l&apos;instance par une sauvegarde (même version) ; une sauvegarde de sécurité des données actuelles est faite d&apos;abord et remise en place si la restauration échoue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a new instance from a backup</source>
        <translation>une nouvelle instance à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish operations a crash interrupted</source>
        <translation>terminer les opérations interrompues par un plantage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print the admin login (the password from the secret store); --set-password stores the one changed in the Studio (read from standard input, tried against the running Directus first)</source>
        <translation>afficher la connexion admin (le mot de passe du magasin de secrets) ; --set-password enregistre celui changé dans le Studio (lu sur l&apos;entrée standard, essayé d&apos;abord sur le Directus en marche)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the instances and the Directus stacks on the engine (adopted ones marked)</source>
        <translation>les instances et les stacks Directus du moteur (celles adoptées sont marquées)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>containers, state, health, URL, ports, volumes and folders</source>
        <translation>conteneurs, état, santé, URL, ports, volumes et dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print Directus&apos; log (or a service&apos;s); -f follows until Ctrl+C or the container stops</source>
        <translation>afficher le journal de Directus (ou d&apos;un service) ; -f le suit jusqu&apos;à Ctrl+C ou l&apos;arrêt du conteneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write docker-compose.yml (and .env with the secrets, 0600, only when asked)</source>
        <translation>écrire docker-compose.yml (et .env avec les secrets, 0600, seulement sur demande)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make an instance from a docker-compose.yml (the Directus guide&apos;s, or an export); a running stack of it is taken over with its data where it is; --rewrite-file moves the file&apos;s secrets into a private .env</source>
        <translation>créer une instance à partir d’un docker-compose.yml (celui du guide Directus, ou un export) ; une pile de ce fichier déjà lancée est reprise avec ses données là où elles sont ; --rewrite-file déplace les secrets du fichier dans un .env privé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take over a stack made with docker compose, found on the engine, with its data where it is</source>
        <translation>reprendre une pile créée avec docker compose et trouvée sur le moteur, avec ses données là où elles sont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print the version</source>
        <translation>afficher la version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this text</source>
        <translation>ce texte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Usage: %1 [COMMAND]</source>
        <translation>Utilisation : %1 [COMMANDE]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without a command the desktop app starts.</source>
        <translation>Sans commande, l&apos;application de bureau démarre.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Exit codes: 0 ok, 1 failed, 2 usage, 3 no engine reachable, 4 no such instance, 5 another program works on the instance.</source>
        <translation>Codes de sortie : 0 ok, 1 échec, 2 mauvaise utilisation, 3 aucun moteur joignable, 4 instance inconnue, 5 un autre programme travaille sur l&apos;instance.</translation>
    </message>
    <message>
        <location filename="../app/cli/ImportCommand.cpp" line="+81"/>
        <source>Take it over? [y/N] </source>
        <translation>La reprendre ? [y/N] </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed. Add --yes to take the stack over.</source>
        <translation>Rien n’a été modifié. Ajoutez --yes pour reprendre la pile.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Imported &quot;%1&quot; (id %2, Directus %3, database %4).</source>
        <translation>« %1 » importée (id %2, Directus %3, base de données %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is now a Directus Desktop instance, running at %2</source>
        <translation>%1 est maintenant une instance Directus Desktop, en marche à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Rewrote %1: its secret values are in %2 (only you can read it); the original is %3.</source>
        <translation>%1 réécrit : ses valeurs secrètes sont dans %2 (vous seul pouvez le lire) ; l’original est %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was changed.</source>
        <translation>Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An instance named &quot;%1&quot; already exists. Choose another name with --name.</source>
        <translation>Une instance nommée « %1 » existe déjà. Choisissez un autre nom avec --name.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The engine cannot be reached, so no running stack named &quot;%1&quot; was looked for; the settings are imported and `start %1` brings it up later.</source>
        <translation>Le moteur est injoignable, donc aucune pile « %1 » en marche n’a été cherchée ; les réglages sont importés et `start %1` la lancera plus tard.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine already has a stack &quot;%1&quot; that belongs to another instance (id %2). Import under another name with --name.</source>
        <translation>Le moteur a déjà une pile « %1 » qui appartient à une autre instance (id %2). Importez sous un autre nom avec --name.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No stack named &quot;%1&quot; runs on the engine; `start %1` brings it up.</source>
        <translation>Aucune pile « %1 » ne tourne sur le moteur ; `start %1` la lance.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Usage: %1 import FILE [--name NAME] [--yes] [--rewrite-file]</source>
        <translation>Usage : %1 import FICHIER [--name NOM] [--yes] [--rewrite-file]</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Usage: %1 adopt NAME [--yes] [--rewrite-file]</source>
        <translation>Usage : %1 adopt NOM [--yes] [--rewrite-file]</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No Directus stack named &quot;%1&quot; runs on the engine (`list` shows the stacks there).</source>
        <translation>Aucune pile Directus « %1 » ne tourne sur le moteur (`list` montre les piles présentes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is a Directus Desktop instance already.</source>
        <translation>« %1 » est déjà une instance Directus Desktop.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading %1, the file the stack was started from.</source>
        <translation>Lecture de %1, le fichier depuis lequel la pile a été lancée.</translation>
    </message>
</context>
<context>
    <name>dd::operations::AdoptedStackAction</name>
    <message>
        <location filename="../app/operations/AdoptedStackAction.cpp" line="+37"/>
        <source>Stopping %1</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
</context>
<context>
    <name>dd::operations::ContainerBringUp</name>
    <message>
        <location filename="../app/operations/ContainerBringUp.cpp" line="+48"/>
        <source>A container named %1 already exists and does not belong to this instance. Choose another instance name, or rename or remove that container (docker rm %1) if you no longer need it.</source>
        <translation>Un conteneur nommé %1 existe déjà et n&apos;appartient pas à cette instance. Choisissez un autre nom d&apos;instance, ou renommez ou supprimez ce conteneur (docker rm %1) si vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recreating %1 with the new settings</source>
        <translation>Recréation de %1 avec les nouveaux paramètres</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Port %1 on %2 is taken by another program. Pick another port for this instance (Settings, or `port:` in its spec) and start it again.</source>
        <translation>Le port %1 sur %2 est pris par un autre programme. Choisissez un autre port pour cette instance (Paramètres, ou `port:` dans sa spécification) et redémarrez-la.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Preparing the database in %1 failed (exit code %2).</source>
        <translation>La préparation de la base de données dans %1 a échoué (code de sortie %2).</translation>
    </message>
</context>
<context>
    <name>dd::operations::CreateOperation</name>
    <message>
        <location filename="../app/operations/CreateOperation.cpp" line="+61"/>
        <source>Looking for the containers</source>
        <translation>Recherche des conteneurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the secrets</source>
        <translation>Lecture des secrets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saving the instance</source>
        <translation>Enregistrement de l&apos;instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting the images</source>
        <translation>Récupération des images</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the folders</source>
        <translation>Préparation des dossiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping the stack&apos;s own containers</source>
        <translation>Arrêt des conteneurs propres à la pile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating the network</source>
        <translation>Création du réseau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creating the volumes</source>
        <translation>Création des volumes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starting Directus (migrations may take a while)</source>
        <translation>Démarrage de Directus (les migrations peuvent prendre un moment)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting the database</source>
        <translation>Démarrage de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the admin login</source>
        <translation>Vérification de la connexion administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the compose file</source>
        <translation>Écriture du fichier compose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing the stack&apos;s old containers</source>
        <translation>Suppression des anciens conteneurs de la pile</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>and the app&apos;s own (%1) are there too</source>
        <translation>et ceux de l&apos;application (%1) sont là aussi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and the app would have to make %1 next to them, on the same data</source>
        <translation>et l&apos;application devrait créer %1 à côté d&apos;eux, sur les mêmes données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker compose made some containers of %1 from its own file (%2), %3. Start the whole stack with docker compose in its folder, or remove its compose containers (docker compose down: the data stays in its folders and volumes) and start %1 again to let the app make its own. Nothing was changed.</source>
        <translation>Docker Compose a créé certains conteneurs de %1 à partir de son propre fichier (%2), %3. Démarrez toute la pile avec docker compose dans son dossier, ou supprimez ses conteneurs compose (docker compose down : les données restent dans leurs dossiers et volumes) et redémarrez %1 pour que l&apos;application crée les siens. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Docker compose made the containers of %1 (%2) from its own file; they were started as they are, so settings changed in this app do not reach them. To let the app make its own on the same data, stop %1, remove those containers (docker compose down) and start it again.</source>
        <translation>Docker Compose a créé les conteneurs de %1 (%2) à partir de son propre fichier ; ils ont été démarrés tels quels, les réglages changés dans cette application ne les atteignent donc pas. Pour que l&apos;application crée les siens sur les mêmes données, arrêtez %1, supprimez ces conteneurs (docker compose down) et redémarrez-le.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Cannot create the folder %1. Choose a folder you can write to.</source>
        <translation>Impossible de créer le dossier %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot give the folder %1 to uid 1000.</source>
        <translation>Impossible de donner le dossier %1 à l&apos;uid 1000.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Could not give the folders to uid 1000 (the helper container exited with %1).</source>
        <translation>Impossible de donner les dossiers à l&apos;uid 1000 (le conteneur auxiliaire s&apos;est terminé avec %1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The container %1 was not on the engine; it was made again from the instance&apos;s settings.</source>
        <translation>Le conteneur %1 n&apos;était pas sur le moteur ; il a été recréé à partir des réglages de l&apos;instance.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The admin password from the compose file does not log in (%1); it was probably changed in the Studio. Give the current one before an upgrade: `directus-desktop credentials %2 --set-password`.</source>
        <translation>Le mot de passe admin du fichier compose ne permet pas de se connecter (%1) ; il a sans doute été changé dans le Studio. Donnez l&apos;actuel avant une mise à niveau : `directus-desktop credentials %2 --set-password`.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Nothing was removed: the instance is as the failed start left it.</source>
        <translation>Rien n&apos;a été supprimé : l&apos;instance est telle que le démarrage échoué l&apos;a laissée.</translation>
    </message>
</context>
<context>
    <name>dd::operations::ForeignContainers</name>
    <message>
        <location filename="../app/operations/ForeignContainers.cpp" line="+62"/>
        <source>The container %1 belongs to another Directus Desktop instance (id %2) of the same name; rename one of them first.</source>
        <translation>Le conteneur %1 appartient à une autre instance Directus Desktop (id %2) du même nom ; renommez d’abord l’une d’elles.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Removed the old container %1.</source>
        <translation>Ancien conteneur %1 supprimé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept its unnamed volume %1 (docker volume rm removes it).</source>
        <translation>Son volume sans nom %1 est conservé (docker volume rm le supprime).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not give %1 its name back: %2</source>
        <translation>Impossible de rendre son nom à %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Put the container %1 back as it was.</source>
        <translation>Le conteneur %1 est remis tel qu’il était.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the container %1 back and started it.</source>
        <translation>Le conteneur %1 est remis et démarré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the container %1 back, but it did not start: %2</source>
        <translation>Le conteneur %1 est remis, mais n’a pas démarré : %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::ImagePuller</name>
    <message>
        <location filename="../app/operations/ImagePuller.cpp" line="+33"/>
        <source>Pulling %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not pull %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceContainers</name>
    <message>
        <location filename="../app/operations/InstanceContainers.cpp" line="+52"/>
        <source>No container of %1 was found on the engine.</source>
        <translation>Aucun conteneur de %1 n&apos;a été trouvé sur le moteur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (made by hand, not by this app)</source>
        <translation>%1 (créé à la main, pas par cette application)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (made by docker compose for the project %2, not by this app)</source>
        <translation>%1 (créé par docker compose pour le projet %2, pas par cette application)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engine has %1; they are left as they are.</source>
        <translation>Le moteur a %1 ; ils sont laissés tels quels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start %1 to make its containers again from its settings (its data is in its volumes or folders).</source>
        <translation>Démarrez %1 pour recréer ses conteneurs à partir de ses réglages (ses données sont dans ses volumes ou dossiers).</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceLock</name>
    <message>
        <location filename="../app/operations/InstanceLock.cpp" line="+120"/>
        <source>Cannot write the lock file %1: check the permissions of its folder and the free disk space.</source>
        <translation>Impossible d&apos;écrire le fichier de verrou %1 : vérifiez les droits de son dossier et l&apos;espace disque libre.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another program works on %1 right now. Wait until it has finished and try again; nothing was changed.</source>
        <translation>Un autre programme travaille en ce moment sur %1. Attendez qu&apos;il ait fini et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>dd::operations::InstanceLock::Holder</name>
    <message>
        <location line="-67"/>
        <source>the Directus Desktop window</source>
        <translation>la fenêtre de Directus Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the command line</source>
        <translation>la ligne de commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Directus Desktop</source>
        <translation>un autre Directus Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An operation from %1, pid %2</source>
        <translation>Une opération depuis %1, pid %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>`%1` from %2, pid %3</source>
        <translation>`%1` depuis %2, pid %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, holds %2. Wait until it has finished and try again; nothing was changed.</source>
        <translation>%1, tient %2. Attendez qu&apos;elle ait fini et réessayez ; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>dd::operations::ItemCounts</name>
    <message>
        <location filename="../app/operations/ItemCounts.cpp" line="+29"/>
        <source>no collections of its own</source>
        <translation>aucune collection propre</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the collections could not be listed: %1</source>
        <translation>les collections n&apos;ont pas pu être listées : %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the collection %1 could not be read: %2</source>
        <translation>la collection %1 n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the collection %1 gave no item count</source>
        <translation>la collection %1 n&apos;a donné aucun nombre d&apos;éléments</translation>
    </message>
</context>
<context>
    <name>dd::operations::ReadinessWaiter</name>
    <message>
        <location filename="../app/operations/ReadinessWaiter.cpp" line="+42"/>
        <source>%1 did not become ready within %2 minutes. It was left running: look at its log, then start the instance again.</source>
        <translation>%1 n&apos;est pas devenu prêt en %2 minutes. Il a été laissé en marche : consultez son journal, puis redémarrez l&apos;instance.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 stopped while starting (exit code %2) and keeps being restarted.</source>
        <translation>%1 s&apos;est arrêté au démarrage (code de sortie %2) et redémarre sans cesse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 stopped while starting (exit code %2).</source>
        <translation>%1 s&apos;est arrêté au démarrage (code de sortie %2).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>dd::operations::RestoreOperation</name>
    <message>
        <location filename="../app/operations/RestoreOperation.cpp" line="+48"/>
        <source>Checking the backup</source>
        <translation>Vérification de la sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backing up the data as it is now (Directus is stopped meanwhile)</source>
        <translation>Sauvegarde des données actuelles (Directus est arrêté pendant ce temps)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restoring the database, uploads and extensions</source>
        <translation>Restauration de la base de données, des fichiers envoyés et des extensions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Starting Directus on the restored data</source>
        <translation>Démarrage de Directus sur les données restaurées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the admin login and the restored items</source>
        <translation>Vérification de la connexion admin et des éléments restaurés</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Finishing the interrupted restore</source>
        <translation>Achèvement de la restauration interrompue</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+327"/>
        <source>Starting Directus again</source>
        <translation>Redémarrage de Directus</translation>
    </message>
    <message>
        <location line="-321"/>
        <source>This backup holds a %1 database, but %2 uses %3: it cannot be restored there.</source>
        <translation>Cette sauvegarde contient une base %1, mais %2 utilise %3 : elle ne peut pas y être restaurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This backup is of Directus %1, and %2 runs %3: a restore needs the same version. Clone it to a new instance instead.</source>
        <translation>Cette sauvegarde vient de Directus %1, et %2 exécute %3 : une restauration demande la même version. Clonez-la plutôt dans une nouvelle instance.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Only %1 MB are free in %2, too little for the safety backup a restore makes first. Free some space, or restore without a safety backup.</source>
        <translation>Seulement %1 Mo sont libres dans %2, trop peu pour la sauvegarde de sécurité qu&apos;une restauration fait d&apos;abord. Libérez de l&apos;espace, ou restaurez sans sauvegarde de sécurité.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>before restoring the backup of %1</source>
        <translation>avant la restauration de la sauvegarde du %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The data as it was before the restore is kept in the safety backup %1.</source>
        <translation>Les données telles qu&apos;elles étaient avant la restauration sont gardées dans la sauvegarde de sécurité %1.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The Directus container of %1 is gone.</source>
        <translation>Le conteneur Directus de %1 a disparu.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The admin login could not be tried after the restore: %1</source>
        <translation>La connexion admin n&apos;a pas pu être essayée après la restauration : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The admin password stored for %1 does not log in to the restored data: the backup was made when %2 had another password. Give that one with `directus-desktop credentials %1 --set-password`.</source>
        <translation>Le mot de passe admin enregistré pour %1 ne permet pas de se connecter aux données restaurées : la sauvegarde date d&apos;un moment où %2 avait un autre mot de passe. Donnez celui-là avec `directus-desktop credentials %1 --set-password`.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Directus does not let the admin log in after the restore: %1</source>
        <translation>Directus ne laisse pas l&apos;admin se connecter après la restauration : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restored data cannot be read: %1.</source>
        <translation>Les données restaurées ne peuvent pas être lues : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Items per collection after the restore: %1.</source>
        <translation>Éléments par collection après la restauration : %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No safety backup was made, so %1 could not be put back as it was; it is left stopped.</source>
        <translation>Aucune sauvegarde de sécurité n&apos;a été faite, donc %1 n&apos;a pas pu être remise comme avant ; elle reste arrêtée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Putting the safety backup back failed too: %1. %2 is left stopped; the next start of the app (or `directus-desktop recover`) tries again. The safety backup is %3.</source>
        <translation>La remise en place de la sauvegarde de sécurité a échoué aussi : %1. %2 reste arrêtée ; le prochain démarrage de l&apos;application (ou `directus-desktop recover`) réessaie. La sauvegarde de sécurité est %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The data of %1 was put back from the safety backup %2: it is as it was before the restore.</source>
        <translation>Les données de %1 ont été remises depuis la sauvegarde de sécurité %2 : elles sont comme avant la restauration.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Putting back the data from the safety backup %1</source>
        <translation>Remise en place des données depuis la sauvegarde de sécurité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the safety backup %1 cannot be read</source>
        <translation>la sauvegarde de sécurité %1 ne peut pas être lue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 had been restored from %2 when the app was interrupted; it was started again.</source>
        <translation>%1 avait été restaurée depuis %2 quand l&apos;application a été interrompue ; elle a été redémarrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore of %1 from %2 was interrupted before it changed anything; %1 was started again as it was. Restore again if you still want the backup&apos;s data.</source>
        <translation>La restauration de %1 depuis %2 a été interrompue avant de changer quoi que ce soit ; %1 a été redémarrée telle quelle. Restaurez à nouveau si vous voulez toujours les données de la sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 cannot be read.</source>
        <translation>La sauvegarde %1 ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring %1 from %2 again</source>
        <translation>Nouvelle restauration de %1 depuis %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The restore of %1 from %2 was interrupted; it was done again and %1 was started.</source>
        <translation>La restauration de %1 depuis %2 a été interrompue ; elle a été refaite et %1 a été démarrée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The interrupted restore of %1 cannot be finished: %2 %1 is left stopped with its data partly replaced. %3 Then run `directus-desktop recover` or open the app again.</source>
        <translation>La restauration interrompue de %1 ne peut pas être achevée : %2 %1 reste arrêtée, ses données en partie remplacées. %3 Lancez ensuite `directus-desktop recover` ou rouvrez l&apos;application.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Make the backup %1 readable again (reconnect the disk it is on).</source>
        <translation>Rendez la sauvegarde %1 lisible à nouveau (rebranchez le disque qui la porte).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Putting the safety backup back failed as well (%1): make the backup %2 or the safety backup %3 readable again.</source>
        <translation>La remise en place de la sauvegarde de sécurité a échoué aussi (%1) : rendez la sauvegarde %2 ou la sauvegarde de sécurité %3 lisible à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The restore of %1 was interrupted and could not be finished (%2); its data was put back from the safety backup %3, as it was before the restore.</source>
        <translation>La restauration de %1 a été interrompue et n&apos;a pas pu être achevée (%2) ; ses données ont été remises depuis la sauvegarde de sécurité %3, comme avant la restauration.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Directus could not be started again: %1</source>
        <translation>Directus n&apos;a pas pu être redémarré : %1</translation>
    </message>
</context>
<context>
    <name>dd::operations::StackCleanup</name>
    <message>
        <location filename="../app/operations/StackCleanup.cpp" line="+98"/>
        <source>The container %1 is still on the engine.</source>
        <translation>Le conteneur %1 est toujours sur le moteur.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Deleted the volume %1.</source>
        <translation>Volume %1 supprimé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kept the volume %1.</source>
        <translation>Volume %1 conservé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept the folder %1.</source>
        <translation>Dossier %1 conservé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not delete the instance&apos;s own files in %1.</source>
        <translation>Impossible de supprimer les fichiers propres à l&apos;instance dans %1.</translation>
    </message>
</context>
<context>
    <name>dd::operations::StackDiscovery</name>
    <message>
        <location filename="../app/operations/StackDiscovery.cpp" line="+37"/>
        <source>The engine&apos;s container list was not a JSON array.</source>
        <translation>La liste des conteneurs du moteur n&apos;était pas un tableau JSON.</translation>
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
        <translation>base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cache</source>
        <translation>cache</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+31"/>
        <source>Stopping %1</source>
        <translation>Arrêt de %1</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Checking that %1 has stopped</source>
        <translation>Vérification que %1 est arrêté</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The %1 container of %2 was not found (removed outside this app?); starting %2 makes it again.</source>
        <translation>Le conteneur %1 de %2 est introuvable (supprimé hors de cette application ?) ; démarrer %2 le recrée.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 did not stop: the engine says %2 still runs. Stop it again; if it keeps running, restart the container engine.</source>
        <translation>%1 ne s&apos;est pas arrêté : selon le moteur, %2 tourne encore. Arrêtez-le à nouveau ; s&apos;il tourne toujours, redémarrez le moteur de conteneurs.</translation>
    </message>
</context>
<context>
    <name>dd::operations::TakeOverPlan</name>
    <message>
        <location filename="../app/operations/TakeOverPlan.cpp" line="+19"/>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The stack &quot;%1&quot; was not started from a compose file, so its settings cannot be read. Write them into a docker-compose.yml and run `import FILE --name %1`.</source>
        <translation>La pile « %1 » n’a pas été lancée depuis un fichier compose, ses réglages ne peuvent donc pas être lus. Écrivez-les dans un docker-compose.yml et lancez `import FICHIER --name %1`.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stack &quot;%1&quot; was started from %2, which is not there any more. Run `import FILE --name %1` with its current file.</source>
        <translation>La pile « %1 » a été lancée depuis %2, qui n’existe plus. Lancez `import FICHIER --name %1` avec son fichier actuel.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Taking over &quot;%1&quot; (Directus %2, database %3):</source>
        <translation>Reprise de « %1 » (Directus %2, base de données %3) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its containers %1 are replaced by Directus Desktop&apos;s own; the data stays where it is:</source>
        <translation>ses conteneurs %1 sont remplacés par ceux de Directus Desktop ; les données restent là où elles sont :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>uploads: %1</source>
        <translation>fichiers envoyés : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQLite: %1</source>
        <translation>SQLite : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>database files: %1</source>
        <translation>fichiers de la base : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>extensions: %1</source>
        <translation>extensions : %1</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>the secrets in the file go to the secret store; the file itself is not changed (--rewrite-file moves them into a private .env beside it).</source>
        <translation>les secrets du fichier vont dans le coffre de secrets ; le fichier lui-même n’est pas modifié (--rewrite-file les déplace dans un .env privé à côté).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secrets in the file go to the secret store, and %1 gets ${VAR} references to a private .env instead (its original is kept beside it).</source>
        <translation>les secrets du fichier vont dans le coffre de secrets, et %1 reçoit à la place des références ${VAR} vers un .env privé (l’original est gardé à côté).</translation>
    </message>
</context>
<context>
    <name>dd::operations::UpgradeOperation</name>
    <message>
        <location filename="../app/operations/UpgradeOperation.cpp" line="+122"/>
        <source>Checking the upgrade</source>
        <translation>Vérification de la mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Reading the secrets</source>
        <translation>Lecture des secrets</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Checking the stored admin login</source>
        <translation>Vérification de la connexion admin enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting Directus %1</source>
        <translation>Récupération de Directus %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing up (Directus is stopped meanwhile)</source>
        <translation>Sauvegarde (Directus est arrêté pendant ce temps)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping the old container</source>
        <translation>Conservation de l&apos;ancien conteneur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the new version</source>
        <translation>Enregistrement de la nouvelle version</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Starting Directus %1 (migrating the database; this may take a while)</source>
        <translation>Démarrage de Directus %1 (migration de la base de données ; cela peut prendre un moment)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checking the admin login</source>
        <translation>Vérification de la connexion administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Removing the old container</source>
        <translation>Suppression de l&apos;ancien conteneur</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+12"/>
        <source>Writing the compose file</source>
        <translation>Écriture du fichier compose</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Finding the backup made before the upgrade</source>
        <translation>Recherche de la sauvegarde faite avant la mise à niveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rolling back to %1</source>
        <translation>Retour à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade to %1 was interrupted at &quot;%2&quot;; the instance was rolled back to %3.</source>
        <translation>La mise à niveau vers %1 a été interrompue à « %2 » ; l&apos;instance a été ramenée à %3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>between steps</source>
        <translation>entre deux étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rollback could not be completed.</source>
        <translation>Le retour en arrière n&apos;a pas pu être mené à bien.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a Directus version. Pick a version such as 10.13.4.</source>
        <translation>« %1 » n&apos;est pas une version de Directus. Choisissez une version comme 10.13.4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick an exact version (such as 11.1.2) rather than &quot;%1&quot;: an upgrade must know which version it installs, so it can be rolled back.</source>
        <translation>Choisissez une version exacte (comme 11.1.2) plutôt que « %1 » : une mise à niveau doit savoir quelle version elle installe, pour pouvoir revenir en arrière.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 runs the floating tag &quot;%2&quot;, so which version it really has is unknown. Set its exact version first.</source>
        <translation>%1 utilise le tag flottant « %2 » : on ne sait donc pas quelle version elle a réellement. Définissez d&apos;abord sa version exacte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already runs Directus %2.</source>
        <translation>%1 exécute déjà Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Directus cannot go back to an older version (%1 is older than %2): its database migrations only run forward. Restore a backup made with %1 instead.</source>
        <translation>Directus ne peut pas revenir à une version plus ancienne (%1 est plus ancienne que %2) : ses migrations de base de données ne vont que vers l&apos;avant. Restaurez plutôt une sauvegarde faite avec %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Only %1 MB are free in %2, too little for the backup the upgrade makes first. Free some space or choose another backup folder.</source>
        <translation>Seulement %1 Mo libres dans %2, trop peu pour la sauvegarde que fait d&apos;abord la mise à niveau. Libérez de l&apos;espace ou choisissez un autre dossier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 was not running, so the stored admin password could not be tried before the upgrade; the upgrade checks it at its end.</source>
        <translation>%1 ne tournait pas, le mot de passe admin enregistré n&apos;a donc pas pu être essayé avant la mise à niveau ; celle-ci le vérifie à la fin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The admin login could not be tried before the upgrade (%1).</source>
        <translation>La connexion admin n&apos;a pas pu être essayée avant la mise à niveau (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The admin password stored for %1 no longer logs in as %2 (it was changed in the Studio, or two-factor login is on). The upgrade checks that login at its end and would roll back a good upgrade for it: give the current password first (`directus-desktop credentials %1 --set-password`) and upgrade again. Nothing was changed.</source>
        <translation>Le mot de passe admin enregistré pour %1 ne permet plus de se connecter en tant que %2 (il a été changé dans le Studio, ou la connexion à deux facteurs est activée). La mise à niveau vérifie cette connexion à la fin et annulerait pour cela une mise à niveau réussie : donnez d&apos;abord le mot de passe actuel (`directus-desktop credentials %1 --set-password`) et relancez la mise à niveau. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>before upgrade to %1</source>
        <translation>avant la mise à niveau vers %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Backup written to %1</source>
        <translation>Sauvegarde écrite dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup made before the upgrade: %1</source>
        <translation>La sauvegarde faite avant la mise à niveau : %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup made before the upgrade (%1) cannot be read.</source>
        <translation>La sauvegarde faite avant la mise à niveau (%1) ne peut pas être lue.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Directus %1 could not migrate the database: %2</source>
        <translation>Directus %1 n&apos;a pas pu migrer la base de données : %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Directus %1 runs and the admin login works; only the tidying up failed. Remove the container %2 yourself when you no longer need it.</source>
        <translation>Directus %1 fonctionne et la connexion administrateur aussi ; seul le nettoyage a échoué. Supprimez vous-même le conteneur %2 quand vous n&apos;en avez plus besoin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing was changed: %1 still runs Directus %2.</source>
        <translation>Rien n&apos;a été modifié : %1 exécute toujours Directus %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the instance&apos;s secrets (unlock the secret store, or make it available again)</source>
        <translation>les secrets de l&apos;instance (déverrouillez le coffre de secrets, ou rendez-le de nouveau disponible)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup made before the upgrade, %1 (reconnect the disk it is on)</source>
        <translation>la sauvegarde faite avant la mise à niveau, %1 (reconnectez le disque où elle se trouve)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was rolled back yet: Directus %1 may have migrated the database, and going back to %2 starts with restoring the backup, which needs %3. %4 is left stopped and its data untouched; once that is done, run `directus-desktop recover` or open the app again, and the interrupted upgrade is rolled back then.</source>
        <translation>Rien n&apos;a encore été annulé : Directus %1 a peut-être migré la base de données, et le retour à %2 commence par la restauration de la sauvegarde, qui a besoin de %3. %4 reste arrêté et ses données intactes ; une fois cela fait, lancez `directus-desktop recover` ou rouvrez l&apos;application, et la mise à niveau interrompue sera alors annulée.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Rolling back to Directus %1</source>
        <translation>Retour à Directus %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The new container %1 could not be removed: %2</source>
        <translation>Le nouveau conteneur %1 n&apos;a pas pu être supprimé : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The old container %1 could not get its name back: %2</source>
        <translation>L&apos;ancien conteneur %1 n&apos;a pas pu retrouver son nom : %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restoring the database and files from %1</source>
        <translation>Restauration de la base de données et des fichiers depuis %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restoring the backup failed: %1. Directus is left stopped; the backup is in %2. Run `directus-desktop recover` (or open the app again) to try the restore again.</source>
        <translation>La restauration de la sauvegarde a échoué : %1. Directus reste arrêté ; la sauvegarde est dans %2. Lancez `directus-desktop recover` (ou rouvrez l&apos;application) pour retenter la restauration.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The database and files were restored from the backup made before the upgrade.</source>
        <translation>La base de données et les fichiers ont été restaurés depuis la sauvegarde faite avant la mise à niveau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance&apos;s settings could not be saved back: %1</source>
        <translation>Les paramètres de l&apos;instance n&apos;ont pas pu être réenregistrés : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The secrets could not be read, so Directus %1 was not started again. Start the instance once the secret store is available.</source>
        <translation>Les secrets n&apos;ont pas pu être lus : Directus %1 n&apos;a donc pas été redémarré. Démarrez l&apos;instance dès que le coffre de secrets est disponible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Directus %1 did not start again: %2</source>
        <translation>Directus %1 n&apos;a pas redémarré : %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 runs Directus %2 again and the admin login works.</source>
        <translation>%1 exécute de nouveau Directus %2 et la connexion administrateur fonctionne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 runs Directus %2 again, but the admin login failed: %3</source>
        <translation>%1 exécute de nouveau Directus %2, mais la connexion administrateur a échoué : %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup made before the upgrade is kept in %1.</source>
        <translation>La sauvegarde faite avant la mise à niveau est conservée dans %1.</translation>
    </message>
</context>
<context>
    <name>dd::ui::AdminPage</name>
    <message>
        <location filename="../ui/wizard/AdminPage.cpp" line="+24"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first user of Directus Studio. The password is kept in the system keychain (or the file you chose), never in the instance&apos;s files.</source>
        <translation>Le premier utilisateur de Directus Studio. Le mot de passe est gardé dans le trousseau du système (ou le fichier que vous avez choisi), jamais dans les fichiers de l&apos;instance.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Admin email</source>
        <translation>E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <source>Admin password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Generate a strong password</source>
        <translation>Générer un mot de passe fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
</context>
<context>
    <name>dd::ui::BackupsTab</name>
    <message>
        <location filename="../ui/backups/BackupsTab.cpp" line="+42"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directus</source>
        <translation>Directus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Made</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bac&amp;k up now</source>
        <translation>Sauve&amp;garder maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>Res&amp;taurer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Clone to a new instance…</source>
        <translation>&amp;Cloner vers une nouvelle instance…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clone the selected backup to a new instance</source>
        <translation>Cloner la sauvegarde sélectionnée vers une nouvelle instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le dossi&amp;er</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the backups folder</source>
        <translation>Ouvrir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup status</source>
        <translation>État des sauvegardes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Backups of %1 in %2. A backup holds the database, the uploads and the extensions.</source>
        <translation>Sauvegardes de %1 dans %2. Une sauvegarde contient la base de données, les fichiers envoyés et les extensions.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups are made for instances this app manages. Import this stack first (File ▸ Import).</source>
        <translation>Les sauvegardes sont faites pour les instances que gère cette application. Importez d&apos;abord cette pile (Fichier ▸ Importer).</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of %1 (Directus %2)?

The database, uploads and extensions of %3 are replaced by the backup&apos;s; what was changed since then is lost. Directus is stopped during the restore and started again afterwards.

A safety backup of the data as it is now is made first (it appears in this list) and is put back if the restore fails.</source>
        <translation>Restaurer la sauvegarde de %1 (Directus %2) ?

La base de données, les fichiers envoyés et les extensions de %3 sont remplacés par ceux de la sauvegarde ; ce qui a changé depuis est perdu. Directus est arrêté pendant la restauration et redémarré ensuite.

Une sauvegarde de sécurité des données actuelles est faite d&apos;abord (elle apparaît dans cette liste) et remise en place si la restauration échoue.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Restored; %1 is running again. The data as it was before is in the safety backup.</source>
        <translation>Restaurée ; %1 tourne à nouveau. Les données d&apos;avant sont dans la sauvegarde de sécurité.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>This backup was made with Directus %1 and %2 runs %3. Directus cannot go back to an older version; clone the backup to a new instance instead.</source>
        <translation>Cette sauvegarde a été faite avec Directus %1 et %2 exécute %3. Directus ne peut pas revenir à une version plus ancienne ; clonez plutôt la sauvegarde vers une nouvelle instance.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace with the backup</source>
        <translation>Remplacer par la sauvegarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restoring %1 from %2…</source>
        <translation>Restauration de %1 depuis %2…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Clone to a new instance</source>
        <translation>Cloner vers une nouvelle instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new instance (made from the backup of %1):</source>
        <translation>Nom de la nouvelle instance (faite à partir de la sauvegarde de %1) :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Making %1 from the backup…</source>
        <translation>Création de %1 à partir de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is ready: a copy of %2 from the backup.</source>
        <translation>%1 est prête : une copie de %2 issue de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>dd::ui::BasicsPage</name>
    <message>
        <location filename="../ui/wizard/BasicsPage.cpp" line="+48"/>
        <source>Name and version</source>
        <translation>Nom et version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name is also the Docker Compose project name, so `docker compose -p NAME ps` finds it.</source>
        <translation>Le nom est aussi celui du projet Docker Compose : `docker compose -p NAME ps` le trouve donc.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Instance name</source>
        <translation>Nom de l&apos;instance</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>for example: blog</source>
        <translation>par exemple : blog</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Directus version</source>
        <translation>Version de Directus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Directus 12 runs without a licence key on its free Core tier; SSO, custom permission rules and custom AI models need a licence key, and the Studio asks which you use at the first sign-in.</source>
        <translation>Directus 12 fonctionne sans clé de licence avec son niveau Core gratuit ; le SSO, les règles de permissions personnalisées et les modèles d&apos;IA personnalisés demandent une clé de licence, et le Studio demande lequel vous utilisez à la première connexion.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product line</source>
        <translation>Gamme de produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus (directus/directus)</source>
        <translation>Directus (directus/directus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus 9 community fork (lawebcapsule/directus9)</source>
        <translation>Fork communautaire de Directus 9 (lawebcapsule/directus9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product line:</source>
        <translation>&amp;Gamme de produits :</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Loading the list of versions…</source>
        <translation>Chargement de la liste des versions…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The list of versions could not be loaded (%1). Type a version, such as 11.1.2.</source>
        <translation>La liste des versions n&apos;a pas pu être chargée (%1). Saisissez une version, comme 11.1.2.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n version(s) listed; you may also type a tag.</source>
        <translation>
            <numerusform>%n version listée ; vous pouvez aussi saisir un tag.</numerusform>
            <numerusform>%n versions listées ; vous pouvez aussi saisir un tag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dd::ui::CreatePage</name>
    <message>
        <location filename="../ui/wizard/CreatePage.cpp" line="+45"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change settings</source>
        <translation>&amp;Modifier les paramètres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creating the instance</source>
        <translation>Création de l&apos;instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first start of Directus runs its database migrations; that takes a minute or two.</source>
        <translation>Le premier démarrage de Directus exécute ses migrations de base de données ; cela prend une minute ou deux.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress messages</source>
        <translation>Messages de progression</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What went wrong</source>
        <translation>Ce qui a échoué</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry creating the instance</source>
        <translation>Réessayer de créer l&apos;instance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go back and change the settings</source>
        <translation>Revenir en arrière et modifier les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details:</source>
        <translation>&amp;Détails :</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Storing the passwords…</source>
        <translation>Enregistrement des mots de passe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Docker engine is gone. Start it again, then choose Retry.</source>
        <translation>Le moteur Docker a disparu. Redémarrez-le, puis choisissez Réessayer.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The passwords could not be stored: %1</source>
        <translation>Les mots de passe n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Download of %1</source>
        <translation>Téléchargement de %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is ready.</source>
        <translation>%1 est prête.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Failed at “%1”: %2</source>
        <translation>Échec à « %1 » : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The instance was not created, and what this attempt made has been removed. Fix the cause and choose Retry, or change the settings.</source>
        <translation>L&apos;instance n&apos;a pas été créée, et ce que cette tentative avait fait a été supprimé. Corrigez la cause et choisissez Réessayer, ou modifiez les paramètres.</translation>
    </message>
</context>
<context>
    <name>dd::ui::DangerZoneTab</name>
    <message>
        <location filename="../ui/instance/DangerZoneTab.cpp" line="+32"/>
        <source>Also delete the dat&amp;a volumes (uploads, database, extensions)</source>
        <translation>Supprimer aussi &amp;les volumes de données (fichiers envoyés, base de données, extensions)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove instance…</source>
        <translation>Supprimer l&apos;instan&amp;ce…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Also delete the data volumes</source>
        <translation>Supprimer aussi les volumes de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the instance</source>
        <translation>Supprimer l&apos;instance</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This stack was made with docker compose, not by this app: remove it where it was made (docker compose -p %1 down).</source>
        <translation>Cette pile a été créée avec docker compose, pas par cette application : supprimez-la là où elle a été créée (docker compose -p %1 down).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Removing %1 deletes its containers, its network, its secrets in the secret store and its settings. Its data is kept unless you choose to delete the volumes below; folders on this computer are never deleted.</source>
        <translation>Supprimer %1 efface ses conteneurs, son réseau, ses secrets dans le coffre de secrets et ses paramètres. Ses données sont conservées, sauf si vous choisissez ci-dessous de supprimer les volumes ; les dossiers sur cet ordinateur ne sont jamais supprimés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Remove %1? Its containers, network, secrets and settings are deleted.</source>
        <translation>Supprimer %1 ? Ses conteneurs, son réseau, ses secrets et ses paramètres sont effacés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These volumes are deleted for good, with everything in them: %1.</source>
        <translation>Ces volumes sont supprimés définitivement, avec tout leur contenu : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>These volumes are kept: %1.</source>
        <translation>Ces volumes sont conservés : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These folders are kept: %1.</source>
        <translation>Ces dossiers sont conservés : %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove instance</source>
        <translation>Supprimer l&apos;instance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove and delete data</source>
        <translation>Supprimer et effacer les données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>dd::ui::DatabasePage</name>
    <message>
        <location filename="../ui/wizard/DatabasePage.cpp" line="+28"/>
        <source>I accept Microsoft&apos;s licence terms (EULA) for the SQL Server image</source>
        <translation>J&apos;accepte les conditions de licence (CLUF) de Microsoft pour l&apos;image SQL Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The existing server</source>
        <translation>Le serveur existant</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <location line="+3"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>SQLite needs nothing else and suits most local work. A database server runs in a container next to Directus.</source>
        <translation>SQLite n&apos;a besoin de rien d&apos;autre et convient à la plupart des travaux en local. Un serveur de base de données tourne dans un conteneur à côté de Directus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Accept the SQL Server licence terms</source>
        <translation>Accepter les conditions de licence de SQL Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the SQL Server licence terms</source>
        <translation>Lire les conditions de licence de SQL Server</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kind of database server</source>
        <translation>Type de serveur de base de données</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database host</source>
        <translation>Hôte de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database port</source>
        <translation>Port de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server&apos;s usual port</source>
        <translation>le port habituel du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Database name</source>
        <translation>Nom de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database user</source>
        <translation>Utilisateur de la base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de pa&amp;sse :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Enter the password of this database user.</source>
        <translation>Saisissez le mot de passe de cet utilisateur de base de données.</translation>
    </message>
</context>
<context>
    <name>dd::ui::DonePage</name>
    <message>
        <location filename="../ui/wizard/DonePage.cpp" line="+23"/>
        <source>&amp;Open Studio</source>
        <translation>Ouvrir &amp;Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy credentials</source>
        <translation>&amp;Copier les identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open Directus Studio in the browser</source>
        <translation>Ouvrir Directus Studio dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the admin login to the clipboard</source>
        <translation>Copier les identifiants de l&apos;administrateur dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>URL: %1
Email: %2
Password: %3</source>
        <translation>URL : %1
E-mail : %2
Mot de passe : %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Copié. Collez-les dans votre gestionnaire de mots de passe, puis videz le presse-papiers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 runs at %2.

Log in to Directus Studio as %3 with the password you chose. The password is also kept in %4; the instance is in the main window&apos;s list.</source>
        <translation>%1 tourne à l&apos;adresse %2.

Connectez-vous à Directus Studio en tant que %3 avec le mot de passe choisi. Le mot de passe est aussi gardé dans %4 ; l&apos;instance figure dans la liste de la fenêtre principale.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineBanner</name>
    <message>
        <location filename="../ui/EngineBanner.cpp" line="+12"/>
        <source>No Docker engine answers</source>
        <translation>Aucun moteur Docker ne répond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Engine problem</source>
        <translation>Problème de moteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why no engine was found</source>
        <translation>Pourquoi aucun moteur n&apos;a été trouvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next automatic try</source>
        <translation>Prochain essai automatique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry connecting to the Docker engine</source>
        <translation>Réessayer de se connecter au moteur Docker</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Trying to connect…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Nouvel essai dans %n seconde.</numerusform>
            <numerusform>Nouvel essai dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trying again now.</source>
        <translation>Nouvel essai maintenant.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineCheckPage</name>
    <message>
        <location filename="../ui/wizard/EngineCheckPage.cpp" line="+19"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docker engine</source>
        <translation>Moteur Docker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus runs in containers, so Directus Desktop needs a running Docker engine (Docker Engine, Docker Desktop, Podman, Colima, Rancher Desktop or OrbStack).</source>
        <translation>Directus tourne dans des conteneurs : Directus Desktop a donc besoin d&apos;un moteur Docker en marche (Docker Engine, Docker Desktop, Podman, Colima, Rancher Desktop ou OrbStack).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Engine status</source>
        <translation>État du moteur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Endpoints tried</source>
        <translation>Points d&apos;accès essayés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retry finding the Docker engine</source>
        <translation>Rechercher de nouveau le moteur Docker</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Looking for a Docker engine…</source>
        <translation>Recherche d&apos;un moteur Docker…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A Docker engine answers. Continue with Next.</source>
        <translation>Un moteur Docker répond. Continuez avec Suivant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No Docker engine answers. Start Docker (or Podman), or fix what is said below, then choose Retry.</source>
        <translation>Aucun moteur Docker ne répond. Démarrez Docker (ou Podman), ou corrigez ce qui est indiqué ci-dessous, puis choisissez Réessayer.</translation>
    </message>
</context>
<context>
    <name>dd::ui::EngineWatcher</name>
    <message>
        <location filename="../ui/EngineWatcher.cpp" line="+126"/>
        <source>the event stream ended</source>
        <translation>le flux d&apos;événements s&apos;est arrêté</translation>
    </message>
</context>
<context>
    <name>dd::ui::EnvEditor</name>
    <message>
        <location filename="../ui/instance/EnvEditor.cpp" line="+20"/>
        <source>&amp;Add variable</source>
        <translation>&amp;Ajouter une variable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move variable</source>
        <translation>&amp;Supprimer la variable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extra environment variables</source>
        <translation>Variables d&apos;environnement supplémentaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add an environment variable</source>
        <translation>Ajouter une variable d&apos;environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected environment variable</source>
        <translation>Supprimer la variable d&apos;environnement sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes on the environment</source>
        <translation>Remarques sur l&apos;environnement</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>•••••• (kept in the secret store)</source>
        <translation>•••••• (gardé dans le coffre de secrets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A password or token taken over from the compose file. Directus Desktop keeps it in the secret store and gives it to the container; remove the row to stop passing it.</source>
        <translation>Un mot de passe ou un jeton repris du fichier compose. Directus Desktop le garde dans le coffre de secrets et le transmet au conteneur ; supprimez la ligne pour ne plus le transmettre.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Error:</source>
        <translation>Erreur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning:</source>
        <translation>Avertissement :</translation>
    </message>
</context>
<context>
    <name>dd::ui::FieldFeedback</name>
    <message>
        <location filename="../ui/wizard/FieldFeedback.cpp" line="+117"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>remarque</translation>
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
        <translation>pile adoptée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>checking</source>
        <translation>vérification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown (engine unreachable)</source>
        <translation>inconnu (moteur injoignable)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>starting</source>
        <translation>démarrage</translation>
    </message>
</context>
<context>
    <name>dd::ui::InstancePage</name>
    <message>
        <location filename="../ui/InstancePage.cpp" line="+48"/>
        <source>Open &amp;Studio</source>
        <translation>Ouvrir &amp;Studio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tart</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;op</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;estart</source>
        <translation>&amp;Redémarrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta&amp;ke over…</source>
        <translation>Re&amp;prendre…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Instance name</source>
        <translation>Nom de l&apos;instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance address</source>
        <translation>Adresse de l&apos;instance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Operation status</source>
        <translation>État de l&apos;opération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open Directus Studio in the browser</source>
        <translation>Ouvrir Directus Studio dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the instance</source>
        <translation>Démarrer l&apos;instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the instance</source>
        <translation>Arrêter l&apos;instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restart the instance</source>
        <translation>Redémarrer l&apos;instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upgrade Directus</source>
        <translation>Mettre à niveau Directus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take this stack over, with its data where it is</source>
        <translation>Reprendre cette pile, avec ses données là où elles sont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus Desktop replaces this stack&apos;s containers with its own on the same folders and volumes, so it can back it up, restore and upgrade it.</source>
        <translation>Directus Desktop remplace les conteneurs de cette pile par les siens sur les mêmes dossiers et volumes, et peut alors la sauvegarder, la restaurer et la mettre à niveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instance details</source>
        <translation>Détails de l&apos;instance</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>O&amp;verview</source>
        <translation>&amp;Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logs</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setti&amp;ngs</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups</source>
        <translation>Sa&amp;uvegardes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Danger zone</source>
        <translation>&amp;Zone de danger</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No address published</source>
        <translation>Aucune adresse publiée</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>&amp;Upgrade to %1…</source>
        <translation>&amp;Mettre à niveau vers %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>pulling images</source>
        <translation>téléchargement des images</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting database</source>
        <translation>démarrage de la base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>starting cache</source>
        <translation>démarrage du cache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>starting Directus</source>
        <translation>démarrage de Directus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>migrating</source>
        <translation>migration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>backing up</source>
        <translation>sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking the login</source>
        <translation>vérification de la connexion</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 is busy; wait until the current work has finished.</source>
        <translation>%1 est occupé ; attendez que le travail en cours soit terminé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Step %1 of %2: %3…</source>
        <translation>Étape %1 sur %2 : %3…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Reading the compose file of %1…</source>
        <translation>Lecture du fichier compose de %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Take over %1</source>
        <translation>Reprendre %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Take over</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also move the secrets in %1 into a private .env file beside it (the original is kept)</source>
        <translation>Déplacer aussi les secrets de %1 dans un fichier .env privé à côté (l’original est gardé)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed at step &quot;%1&quot;: %2</source>
        <translation>Échec à l&apos;étape « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::LogPane</name>
    <message>
        <location filename="../ui/LogPane.cpp" line="+43"/>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debug and above</source>
        <translation>Débogage et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info and above</source>
        <translation>Info et plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors only</source>
        <translation>Erreurs seulement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Directus</source>
        <translation>Directus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Container log</source>
        <translation>Journal du conteneur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Log status</source>
        <translation>État du journal</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Exporting… %1%</source>
        <translation>Exportation… %1 %</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln line(s).</source>
        <translation>
            <numerusform>%Ln ligne exportée.</numerusform>
            <numerusform>%Ln lignes exportées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled.</source>
        <translation>Exportation annulée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export failed: %1</source>
        <translation>Échec de l&apos;exportation : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Which log to show</source>
        <translation>Journal à afficher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minimum level</source>
        <translation>Niveau minimal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find in the log</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Previous match</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next match</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next match (F3, Enter)</source>
        <translation>Résultat suivant (F3, Entrée)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matches</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;imes</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show timestamps</source>
        <translation>Afficher l&apos;horodatage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Wrap</source>
        <translation>Retour à la li&amp;gne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap long lines</source>
        <translation>Renvoyer les longues lignes à la ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow</source>
        <translation>Suivre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the end of the log</source>
        <translation>Suivre la fin du journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow the end of the log (End)</source>
        <translation>Suivre la fin du journal (Fin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the log to a file</source>
        <translation>Exporter le journal dans un fichier</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No engine: the log continues when it is back.</source>
        <translation>Aucun moteur : le journal reprend quand il est de retour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No container to show the log of.</source>
        <translation>Aucun conteneur dont afficher le journal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Following the log.</source>
        <translation>Suivi du journal.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No Directus container to show the log of.</source>
        <translation>Aucun conteneur Directus dont afficher le journal.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Export the log</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log files (*.log *.txt);;All files (*)</source>
        <translation>Fichiers journaux (*.log *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The %1 log stopped: %2</source>
        <translation>Le journal de %1 s&apos;est arrêté : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 container stopped.</source>
        <translation>Le conteneur %1 s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>dd::ui::LogSearchController</name>
    <message>
        <location filename="../ui/log/LogSearchController.cpp" line="+147"/>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>dd::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+75"/>
        <source>&amp;New instance…</source>
        <translation>&amp;Nouvelle instance…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Directus Desktop</source>
        <translation>Directus Desktop</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instances</source>
        <translation>Instances</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Create a new Directus instance (%1)</source>
        <translation>Créer une nouvelle instance Directus (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Instance</source>
        <translation>&amp;Instance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Main</source>
        <translation>Barre principale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New instance</source>
        <translation>Nouvelle instance</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language changes at the next start of the app.</source>
        <translation>La langue change au prochain démarrage de l’application.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Finishing the interrupted %1 of %2…</source>
        <translation>Achèvement de l&apos;opération interrompue %1 de %2…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The interrupted %1 of %2 is finished.</source>
        <translation>L&apos;opération interrompue %1 de %2 est terminée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interrupted %1 of %2 could not be finished: %3</source>
        <translation>L&apos;opération interrompue %1 de %2 n&apos;a pas pu être terminée : %3</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Interrupted work could not be finished</source>
        <translation>Le travail interrompu n&apos;a pas pu être achevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Looking for a Docker engine…</source>
        <translation>Recherche d&apos;un moteur Docker…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No instances yet.</source>
        <translation>Aucune instance pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an instance.</source>
        <translation>Sélectionnez une instance.</translation>
    </message>
</context>
<context>
    <name>dd::ui::NewInstanceWizard</name>
    <message>
        <location filename="../ui/wizard/NewInstanceWizard.cpp" line="+30"/>
        <source>New Directus instance</source>
        <translation>Nouvelle instance Directus</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the new instance</source>
        <translation>Annuler la nouvelle instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the wizard</source>
        <translation>Fermer l&apos;assistant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the instance</source>
        <translation>Créer l&apos;instance</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The instance is being created. Wait until it is ready or has failed; a failed create removes what it made.</source>
        <translation>L&apos;instance est en cours de création. Attendez qu&apos;elle soit prête ou en échec ; une création échouée supprime ce qu&apos;elle a fait.</translation>
    </message>
</context>
<context>
    <name>dd::ui::OptionsPage</name>
    <message>
        <location filename="../ui/wizard/OptionsPage.cpp" line="+33"/>
        <source>Use a &amp;Redis cache (one more container; faster for bigger projects)</source>
        <translation>Utiliser un cache &amp;Redis (un conteneur de plus ; plus rapide pour les gros projets)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick a &amp;free port</source>
        <translation>Choisir un port &amp;libre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send Directus&apos; anonymous &amp;telemetry to its makers</source>
        <translation>Envoyer la &amp;télémétrie anonyme de Directus à ses créateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The defaults suit local work: Directus is reachable from this computer only.</source>
        <translation>Les réglages par défaut conviennent au travail en local : Directus n&apos;est accessible que depuis cet ordinateur.</translation>
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
        <translation>Choisir un port libre</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bind address:</source>
        <translation>Adresse d&apos;é&amp;coute :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;URL:</source>
        <translation>&amp;URL publique :</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Port %1 on %2 is in use by another program. Choose another, or “Pick a free port”.</source>
        <translation>Le port %1 sur %2 est utilisé par un autre programme. Choisissez-en un autre, ou « Choisir un port libre ».</translation>
    </message>
</context>
<context>
    <name>dd::ui::OverviewTab</name>
    <message>
        <location filename="../ui/instance/OverviewTab.cpp" line="+58"/>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le navi&amp;gateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin email</source>
        <translation>E-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password</source>
        <translation>Mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+130"/>
        <source>&amp;Reveal</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus version</source>
        <translation>Version de Directus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No containers on the engine: the instance is stopped or the engine is not reachable.</source>
        <translation>Aucun conteneur sur le moteur : l&apos;instance est arrêtée ou le moteur est injoignable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open the address in the browser</source>
        <translation>Ouvrir l&apos;adresse dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the admin email</source>
        <translation>Copier l&apos;e-mail de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+117"/>
        <source>Reveal the admin password</source>
        <translation>Afficher le mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin email:</source>
        <translation>E-mail de l&apos;administrateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin password:</source>
        <translation>Mot de passe de l&apos;administrateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus:</source>
        <translation>Directus :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database:</source>
        <translation>Base de données :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not published</source>
        <translation>Non publiée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on %2 (yours)</source>
        <translation>%1 sur %2 (le vôtre)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the secret store…</source>
        <translation>Lecture du coffre de secrets…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not in the secret store.</source>
        <translation>Absent du coffre de secrets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide the admin password</source>
        <translation>Masquer le mot de passe de l&apos;administrateur</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>volume %1</source>
        <translation>volume %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the %1 folder</source>
        <translation>Ouvrir le dossier %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Uploads:</source>
        <translation>Fichiers envoyés :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database file:</source>
        <translation>Fichier de base de données :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions:</source>
        <translation>Extensions :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database data:</source>
        <translation>Données de la base :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cache data:</source>
        <translation>Données du cache :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2:</source>
        <translation>%1 %2 :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing stored outside the containers.</source>
        <translation>Rien n&apos;est stocké en dehors des conteneurs.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&lt;b&gt;Service&lt;/b&gt;</source>
        <translation>&lt;b&gt;Service&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;State&lt;/b&gt;</source>
        <translation>&lt;b&gt;État&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;CPU&lt;/b&gt;</source>
        <translation>&lt;b&gt;CPU&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Memory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Mémoire&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CPU use of %1</source>
        <translation>Utilisation CPU de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory use of %1</source>
        <translation>Utilisation mémoire de %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>dd::ui::PasswordStrengthMeter</name>
    <message>
        <location filename="../ui/wizard/PasswordStrengthMeter.cpp" line="+19"/>
        <source>Password strength</source>
        <translation>Force du mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
</context>
<context>
    <name>dd::ui::PreferencesDialog</name>
    <message>
        <location filename="../ui/settings/PreferencesDialog.cpp" line="+48"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Docker Hub (directus/directus)</source>
        <translation>&amp;Docker Hub (directus/directus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;mirror or a registry cache:</source>
        <translation>Un &amp;miroir ou un cache de registre :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <location line="+130"/>
        <source>Backups folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>Browse for the backups folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Empty: the app&apos;s own folder (shown above). Backups already made stay where they are; new ones go to the folder chosen here.</source>
        <translation>Vide : le dossier propre à l&apos;application (affiché ci-dessus). Les sauvegardes existantes restent où elles sont ; les nouvelles vont dans le dossier choisi ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Registry address</source>
        <translation>Adresse du registre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Directus versions</source>
        <translation>Versions de Directus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the list of versions for new instances and upgrades comes from. A mirror keeps Docker Hub&apos;s names.</source>
        <translation>D&apos;où vient la liste des versions pour les nouvelles instances et les mises à niveau. Un miroir garde les noms de Docker Hub.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DD_REGISTRY_URL is set for this session (%1): it is used instead of the choice here.</source>
        <translation>DD_REGISTRY_URL est défini pour cette session (%1) : il est utilisé à la place du choix fait ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language applies at the next start of the app.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Type the whole path, starting at the top of the disk.</source>
        <translation>Saisissez le chemin complet, depuis la racine du disque.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checking the folder…</source>
        <translation>Vérification du dossier…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the mirror&apos;s address, or choose Docker Hub.</source>
        <translation>Saisissez l&apos;adresse du miroir, ou choisissez Docker Hub.</translation>
    </message>
</context>
<context>
    <name>dd::ui::SettingsTab</name>
    <message>
        <location filename="../ui/instance/SettingsTab.cpp" line="+25"/>
        <source>Save &amp;changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bind address</source>
        <translation>Adresse d&apos;écoute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus image</source>
        <translation>Image Directus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings status</source>
        <translation>État des paramètres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listens on:</source>
        <translation>Écoute sur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL:</source>
        <translation>URL publique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image:</source>
        <translation>Image :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extra environment (advanced)</source>
        <translation>Environnement supplémentaire (avancé)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not published</source>
        <translation>non publié</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This stack was made with docker compose: change its settings in its compose file.</source>
        <translation>Cette pile a été créée avec docker compose : modifiez ses paramètres dans son fichier compose.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save: %1</source>
        <translation>Impossible d&apos;enregistrer : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved. Restart the instance to apply the new environment.</source>
        <translation>Enregistré. Redémarrez l&apos;instance pour appliquer le nouvel environnement.</translation>
    </message>
</context>
<context>
    <name>dd::ui::SingleWindow</name>
    <message>
        <location filename="../ui/SingleWindow.cpp" line="+56"/>
        <source>Directus Desktop is already open; its window was brought to the front.</source>
        <translation>Directus Desktop est déjà ouvert ; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directus Desktop is already open for this account but does not answer. Close it from its tray icon (or end its process) and start it again.</source>
        <translation>Directus Desktop est déjà ouvert pour ce compte mais ne répond pas. Quittez-le depuis son icône de la zone de notification (ou terminez son processus) et relancez-le.</translation>
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
        <translation>%1 est prête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus is running.</source>
        <translation>Directus est en marche.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Directus answers at %1.</source>
        <translation>Directus répond à l&apos;adresse %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs attention</source>
        <translation>%1 demande votre attention</translation>
    </message>
</context>
<context>
    <name>dd::ui::StoragePage</name>
    <message>
        <location filename="../ui/wizard/StoragePage.cpp" line="+28"/>
        <source>Docker &amp;volumes (recommended)</source>
        <translation>&amp;Volumes Docker (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folders on this computer</source>
        <translation>&amp;Dossiers sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volumes are managed by Docker and need no care. Folders are easy to open and back up yourself; Directus Desktop creates them and gives them to the container&apos;s user.</source>
        <translation>Les volumes sont gérés par Docker et ne demandent aucun soin. Les dossiers sont faciles à ouvrir et à sauvegarder vous-même ; Directus Desktop les crée et les donne à l&apos;utilisateur du conteneur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Browse for the data folder</source>
        <translation>Parcourir pour choisir le dossier de données</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Uploads: %1</source>
        <translation>Fichiers envoyés : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extensions: %1</source>
        <translation>Extensions : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checking the folder…</source>
        <translation>Vérification du dossier…</translation>
    </message>
</context>
<context>
    <name>dd::ui::SummaryPage</name>
    <message>
        <location filename="../ui/wizard/SummaryPage.cpp" line="+46"/>
        <source>Show &amp;compose file…</source>
        <translation>Afficher le fichier &amp;compose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is what Create makes. The images are downloaded if they are not on this computer yet.</source>
        <translation>Voici ce que Créer va faire. Les images sont téléchargées si elles ne sont pas encore sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create</source>
        <translation>C&amp;réer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the compose file</source>
        <translation>Afficher le fichier compose</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Docker volumes: %1</source>
        <translation>Volumes Docker : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Base de données</translation>
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
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>Conteneurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Réseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telemetry</source>
        <translation>Télémétrie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Worth a look</source>
        <translation>À noter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Compose file of %1</source>
        <translation>Fichier compose de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compose file</source>
        <translation>Fichier compose</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets appear as ${VARIABLES}; they stay in the keychain.</source>
        <translation>Les secrets apparaissent sous forme de ${VARIABLES} ; ils restent dans le trousseau.</translation>
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
        <translation>&amp;Afficher Directus Desktop</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open Studio</source>
        <translation>Ouvrir Studio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Update available for %1</source>
        <translation>Mise à jour disponible pour %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Directus %1 is available. Click to upgrade (a backup is made first).</source>
        <translation>Directus %1 est disponible. Cliquez pour mettre à niveau (une sauvegarde est faite d&apos;abord).</translation>
    </message>
</context>
<context>
    <name>dd::ui::UpgradeDialog</name>
    <message>
        <location filename="../ui/upgrade/UpgradeDialog.cpp" line="+49"/>
        <source>Upgrade %1</source>
        <translation>Mise à niveau de %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Current version</source>
        <translation>Version actuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; runs Directus %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; exécute Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version list notice</source>
        <translation>Remarque sur la liste des versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looking for newer versions…</source>
        <translation>Recherche de versions plus récentes…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Versions to upgrade to</source>
        <translation>Versions cibles de la mise à niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>or type any version, e.g. 11.1.2</source>
        <translation>ou saisissez une version, p. ex. 11.1.2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other version</source>
        <translation>Autre version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Other version:</source>
        <translation>&amp;Autre version :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why this version cannot be chosen</source>
        <translation>Pourquoi cette version ne peut pas être choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changes</source>
        <translation>Ce qui change</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup note</source>
        <translation>Remarque sur la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A backup is made first, in %1. If anything fails, the instance is put back as it was.</source>
        <translation>Une sauvegarde est faite d&apos;abord, dans %1. En cas d&apos;échec, l&apos;instance est remise dans son état antérieur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Upgrade</source>
        <translation>&amp;Mettre à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upgrade</source>
        <translation>Mise à niveau</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Upgrade note</source>
        <translation>Remarque sur la mise à niveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The upgrade runs to its end by itself; on a failure it rolls back. Closing the app is safe: the next start finishes it.</source>
        <translation>La mise à niveau va d&apos;elle-même jusqu&apos;au bout ; en cas d&apos;échec, elle revient en arrière. Fermer l&apos;application ne pose pas de problème : le prochain démarrage la termine.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upgrade steps</source>
        <translation>Étapes de la mise à niveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Upgrade log</source>
        <translation>Journal de la mise à niveau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password note</source>
        <translation>Remarque sur le mot de passe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Current admin password</source>
        <translation>Mot de passe admin actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store it and upgrade</source>
        <translation>L&apos;enregistrer et mettre à niveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current admin password:</source>
        <translation>Mot de passe admin actuel :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The list of versions cannot be read (%1). You can still type a version below.</source>
        <translation>La liste des versions ne peut pas être lue (%1). Vous pouvez quand même saisir une version ci-dessous.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No newer version is available.</source>
        <translation>Aucune version plus récente n&apos;est disponible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 — %2 (recommended)</source>
        <translation>%1 – %2 (recommandée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>newest patch</source>
        <translation>dernier correctif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest minor</source>
        <translation>dernière version mineure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next major</source>
        <translation>prochaine version majeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newest major</source>
        <translation>dernière version majeure</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a version.</source>
        <translation>Choisissez une version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What changes from %1 to %2:</source>
        <translation>Ce qui change de %1 à %2 :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 …</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> …</source>
        <translation> …</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 now runs Directus %2.</source>
        <translation>%1 exécute maintenant Directus %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade did not start: the admin password stored for %1 no longer logs in.</source>
        <translation>La mise à niveau n&apos;a pas commencé : le mot de passe admin enregistré pour %1 ne permet plus de se connecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It was probably changed in the Studio. Give the current password of %1: it is tried first, then stored in the secret store and the upgrade starts again. Nothing was changed so far.</source>
        <translation>Il a sans doute été changé dans le Studio. Donnez le mot de passe actuel de %1 : il est d&apos;abord essayé, puis enregistré dans le magasin de secrets, et la mise à niveau recommence. Rien n&apos;a été modifié jusqu&apos;ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The upgrade did not start: %1</source>
        <translation>La mise à niveau n&apos;a pas commencé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The upgrade failed at &quot;%1&quot; and was rolled back: %2</source>
        <translation>La mise à niveau a échoué à « %1 » et a été annulée : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last log lines:</source>
        <translation>Dernières lignes du journal :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>That password does not log in as %1 either (%2). Nothing was stored; try again.</source>
        <translation>Ce mot de passe ne permet pas non plus de se connecter en tant que %1 (%2). Rien n&apos;a été enregistré ; réessayez.</translation>
    </message>
</context>
</TS>
