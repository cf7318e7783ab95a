<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AppContext</name>
    <message>
        <source>NOMAD Desktop</source>
        <extracomment>After every write: (what changed, who caused it — a widget or None). Another site file was opened.</extracomment>
        <translation>NOMAD Desktop</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Booked for</source>
        <translation>Réservé pour</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bookings of the day</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Enregistrer l'&amp;arrivée</translation>
    </message>
    <message>
        <source>Check in the selected booking</source>
        <translation>Enregistrer l'arrivée pour la réservation sélectionnée</translation>
    </message>
    <message>
        <source>Ca&amp;ncel booking</source>
        <translation>A&amp;nnuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Annuler la réservation sélectionnée</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation><numerusform>%n réservation</numerusform><numerusform>%n réservations</numerusform></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>NOMAD Desktop met an unexpected problem. Your saved data is safe; the operation in progress may not have finished.</source>
        <translation>NOMAD Desktop a rencontré un problème inattendu. Vos données enregistrées sont en sécurité ; l'opération en cours n'a peut-être pas abouti.</translation>
    </message>
    <message>
        <source>Error: %1
Log file: %2</source>
        <translation>Erreur : %1
Fichier journal : %2</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Occupancy rate today (booked places / bookable places)</source>
        <translation>Taux d'occupation du jour (places réservées / places réservables)</translation>
    </message>
    <message>
        <source>Places booked today</source>
        <translation>Places réservées aujourd'hui</translation>
    </message>
    <message>
        <source>Places checked in</source>
        <translation>Arrivées enregistrées</translation>
    </message>
    <message>
        <source>Bookable places</source>
        <translation>Places réservables</translation>
    </message>
    <message>
        <source>Visits expected today</source>
        <translation>Visites attendues aujourd'hui</translation>
    </message>
    <message>
        <source>Visitors on site now</source>
        <translation>Visiteurs actuellement sur site</translation>
    </message>
    <message>
        <source>Spaces on the site</source>
        <translation>Espaces du site</translation>
    </message>
    <message>
        <source>Agents in the directory</source>
        <translation>Agents dans l'annuaire</translation>
    </message>
    <message>
        <source>Figures computed on this station from the local copy of the site.</source>
        <translation>Chiffres calculés sur ce poste à partir de la copie locale du site.</translation>
    </message>
    <message>
        <source>Dashboard — %1</source>
        <translation>Tableau de bord — %1</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <source>◀ Previous day</source>
        <translation>◀ Jour précédent</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Next day ▶</source>
        <translation>Jour suivant ▶</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Revenir à aujourd'hui</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Desk</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Meeting room</source>
        <translation>Salle de réunion</translation>
    </message>
    <message>
        <source>Leisure space</source>
        <translation>Espace de loisirs</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Circulation</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Service room</source>
        <translation>Local de service</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmée</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libérée</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur site</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Prestataire</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>Candidat</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Buildings</source>
        <translation>Bâtiments</translation>
    </message>
    <message>
        <source>Floors</source>
        <translation>Étages</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Out-of-service periods</source>
        <translation>Périodes d'indisponibilité</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Booking rules</source>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visites</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>NOMAD Desktop</source>
        <translation>NOMAD Desktop</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Bookings</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>No site open</source>
        <translation>Aucun site ouvert</translation>
    </message>
    <message>
        <source>This station holds no site yet. Open the demonstration site to discover NOMAD Desktop, or configure the connection to the central server in Synchronisation.</source>
        <translation>Ce poste ne contient encore aucun site. Ouvrez le site de démonstration pour découvrir NOMAD Desktop, ou configurez la connexion au serveur central dans Synchronisation.</translation>
    </message>
    <message>
        <source>Open the &amp;demonstration site</source>
        <translation>Ouvrir le site de &amp;démonstration</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About NOMAD Desktop</source>
        <translation>À &amp;propos de NOMAD Desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language will be used the next time NOMAD Desktop starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de NOMAD Desktop.</translation>
    </message>
    <message>
        <source>About NOMAD Desktop</source>
        <translation>À propos de NOMAD Desktop</translation>
    </message>
    <message>
        <source>NOMAD Desktop %1
Offline-first client of the NOMAD booking service of the French Ministry of the Armed Forces.</source>
        <translation>NOMAD Desktop %1
Client hors ligne du service de réservation NOMAD du ministère des Armées.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>The disk is full: the last change was not saved. Free some space, then try again. Your earlier data is intact.</source>
        <translation>Le disque est plein : la dernière modification n'a pas été enregistrée. Libérez de l'espace, puis réessayez. Vos données antérieures sont intactes.</translation>
    </message>
    <message>
        <source>The database is busy with another operation. Try again in a moment.</source>
        <translation>La base de données est occupée par une autre opération. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The site's data file is damaged. Restore the latest backup from the backups folder, or contact your support.</source>
        <translation>Le fichier de données du site est endommagé. Restaurez la dernière sauvegarde depuis le dossier des sauvegardes, ou contactez votre support.</translation>
    </message>
    <message>
        <source>NOMAD Desktop is already open on this computer with the same data folder. Switch to that window, or close it first.</source>
        <translation>NOMAD Desktop est déjà ouvert sur cet ordinateur avec le même dossier de données. Passez à cette fenêtre, ou fermez-la d'abord.</translation>
    </message>
    <message>
        <source>The site's data could not be upgraded to this version. A backup was made before the attempt; nothing was lost.</source>
        <translation>Les données du site n'ont pas pu être mises à niveau vers cette version. Une sauvegarde a été faite avant la tentative ; rien n'a été perdu.</translation>
    </message>
    <message>
        <source>This item no longer exists: it may have been deleted in the meantime.</source>
        <translation>Cet élément n'existe plus : il a peut-être été supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Some information is missing or incorrect: %1.</source>
        <translation>Une information est manquante ou incorrecte : %1.</translation>
    </message>
    <message>
        <source>%1 is already fully booked for this period.</source>
        <translation>%1 est déjà complet sur cette période.</translation>
    </message>
    <message>
        <source>%1 cannot be booked.</source>
        <translation>%1 n'est pas réservable.</translation>
    </message>
    <message>
        <source>%1 is out of service for this period (%2).</source>
        <translation>%1 est hors service sur cette période (%2).</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>Cette réservation n'est plus active.</translation>
    </message>
    <message>
        <source>This space has been deleted.</source>
        <translation>Cet espace a été supprimé.</translation>
    </message>
    <message>
        <source>An unexpected error occurred. The details were written to the log file.</source>
        <translation>Une erreur inattendue s'est produite. Les détails ont été écrits dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>NomadStatusBar</name>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>No site open</source>
        <translation>Aucun site ouvert</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) pending</source>
        <translation><numerusform>%n modification en attente</numerusform><numerusform>%n modifications en attente</numerusform></translation>
    </message>
    <message>
        <source>● Offline — not configured</source>
        <translation>● Hors ligne — non configuré</translation>
    </message>
</context>
<context>
    <name>Op</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Floor plan</source>
        <translation>Plan d'étage</translation>
    </message>
    <message>
        <source>Building and floor</source>
        <translation>Bâtiment et étage</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>É&amp;tage :</translation>
    </message>
    <message>
        <source>Floor plan map</source>
        <translation>Carte du plan d'étage</translation>
    </message>
    <message>
        <source>Filter spaces…</source>
        <translation>Filtrer les espaces…</translation>
    </message>
    <message>
        <source>Filter the floor's spaces</source>
        <translation>Filtrer les espaces de l'étage</translation>
    </message>
    <message>
        <source>Spaces of the floor</source>
        <translation>Espaces de l'étage</translation>
    </message>
    <message>
        <source>Selected space details</source>
        <translation>Détails de l'espace sélectionné</translation>
    </message>
    <message>
        <source>No floor yet</source>
        <translation>Aucun étage pour l'instant</translation>
    </message>
    <message>
        <source>This site has no building or floor. Floors appear here once they are drawn or synchronised.</source>
        <translation>Ce site n'a ni bâtiment ni étage. Les étages apparaîtront ici une fois dessinés ou synchronisés.</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capacité : %1</translation>
    </message>
    <message>
        <source>Not bookable</source>
        <translation>Non réservable</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) selected</source>
        <translation><numerusform>%n espace sélectionné</numerusform><numerusform>%n espaces sélectionnés</numerusform></translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Search a visitor, a company, a host…</source>
        <translation>Rechercher un visiteur, une société, un hôte…</translation>
    </message>
    <message>
        <source>Search today's visitors</source>
        <translation>Rechercher parmi les visiteurs du jour</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Today's visits</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Enregistrer l'&amp;arrivée</translation>
    </message>
    <message>
        <source>Check in the selected visitor</source>
        <translation>Enregistrer l'arrivée du visiteur sélectionné</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Enregistrer le &amp;départ</translation>
    </message>
    <message>
        <source>Check out the selected visitor</source>
        <translation>Enregistrer le départ du visiteur sélectionné</translation>
    </message>
    <message>
        <source>Reception — %1</source>
        <translation>Accueil — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) today</source>
        <translation><numerusform>%n visite aujourd'hui</numerusform><numerusform>%n visites aujourd'hui</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n on site</source>
        <translation><numerusform>%n sur site</numerusform><numerusform>%n sur site</numerusform></translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>● Offline — not configured</source>
        <extracomment>After a failure, try again this soon (the connection may be back). A short state for the status bar. A sync finished: (report or None, error or None).</extracomment>
        <translation>● Hors ligne — non configuré</translation>
    </message>
    <message>
        <source>⟳ Synchronising…</source>
        <translation>⟳ Synchronisation en cours…</translation>
    </message>
    <message>
        <source>● Offline — changes kept on this station</source>
        <translation>● Hors ligne — modifications conservées sur ce poste</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n conflict(s) to resolve</source>
        <translation><numerusform>⚠ %n conflit à résoudre</numerusform><numerusform>⚠ %n conflits à résoudre</numerusform></translation>
    </message>
    <message>
        <source>✓ Up to date</source>
        <translation>✓ À jour</translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>The central server cannot be reached. Your changes are kept on this station and will be sent when the connection returns.</source>
        <translation>Le serveur central est injoignable. Vos modifications sont conservées sur ce poste et seront envoyées au retour de la connexion.</translation>
    </message>
    <message>
        <source>The central server did not answer in time. Your changes are kept; the synchronisation will be tried again.</source>
        <translation>Le serveur central n'a pas répondu à temps. Vos modifications sont conservées ; la synchronisation sera relancée.</translation>
    </message>
    <message>
        <source>The central server is busy or failing. Your changes are kept; the synchronisation will be tried again.</source>
        <translation>Le serveur central est surchargé ou en panne. Vos modifications sont conservées ; la synchronisation sera relancée.</translation>
    </message>
    <message>
        <source>The server's certificate was refused (unknown authority, wrong name or expired). Check the server address and the certificate file in the settings.</source>
        <translation>Le certificat du serveur a été refusé (autorité inconnue, nom erroné ou expiré). Vérifiez l'adresse du serveur et le fichier de certificat dans les réglages.</translation>
    </message>
    <message>
        <source>The proxy asks for a user name and password. Enter them in the proxy address of the settings.</source>
        <translation>Le proxy demande un identifiant et un mot de passe. Indiquez-les dans l'adresse du proxy, dans les réglages.</translation>
    </message>
    <message>
        <source>The server does not accept this station's credentials. Log in again.</source>
        <translation>Le serveur n'accepte pas les identifiants de ce poste. Connectez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Your account does not give access to this site.</source>
        <translation>Votre compte ne donne pas accès à ce site.</translation>
    </message>
    <message>
        <source>This version of NOMAD Desktop is too old for the central server. Install the latest version.</source>
        <translation>Cette version de NOMAD Desktop est trop ancienne pour le serveur central. Installez la dernière version.</translation>
    </message>
    <message>
        <source>The server sent an incomplete or unreadable answer. Nothing of it was applied; your data is intact.</source>
        <translation>Le serveur a envoyé une réponse incomplète ou illisible. Rien n'en a été appliqué ; vos données sont intactes.</translation>
    </message>
    <message>
        <source>The central server does not know this site code. Check the settings.</source>
        <translation>Le serveur central ne connaît pas ce code de site. Vérifiez les réglages.</translation>
    </message>
    <message>
        <source>A synchronisation is already running for this site.</source>
        <translation>Une synchronisation de ce site est déjà en cours.</translation>
    </message>
    <message>
        <source>Synchronisation cancelled. What was already received is kept.</source>
        <translation>Synchronisation annulée. Ce qui a déjà été reçu est conservé.</translation>
    </message>
    <message>
        <source>Enter the server address and the site code first.</source>
        <translation>Indiquez d'abord l'adresse du serveur et le code du site.</translation>
    </message>
    <message>
        <source>This computer has no secure password store (keyring): the access token cannot be kept. Ask your support to enable one.</source>
        <translation>Cet ordinateur n'a pas de trousseau sécurisé : le jeton d'accès ne peut pas être conservé. Demandez à votre support d'en activer un.</translation>
    </message>
    <message>
        <source>This bundle file was refused: it is damaged, already imported, out of order or meant for another site.</source>
        <translation>Ce fichier d'échange a été refusé : il est endommagé, déjà importé, dans le désordre ou destiné à un autre site.</translation>
    </message>
    <message>
        <source>Another booking took the place first</source>
        <translation>Une autre réservation a pris la place avant</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>Modifié des deux côtés</translation>
    </message>
    <message>
        <source>Deleted on the server while edited here</source>
        <translation>Supprimé sur le serveur alors que modifié ici</translation>
    </message>
    <message>
        <source>Edited on the server while deleted here</source>
        <translation>Modifié sur le serveur alors que supprimé ici</translation>
    </message>
    <message>
        <source>The booking is no longer active</source>
        <translation>La réservation n'est plus active</translation>
    </message>
    <message>
        <source>The space can no longer be booked</source>
        <translation>L'espace n'est plus réservable</translation>
    </message>
    <message>
        <source>The space was deleted</source>
        <translation>L'espace a été supprimé</translation>
    </message>
    <message>
        <source>Not allowed for your role</source>
        <translation>Non autorisé pour votre rôle</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Synchronisation sections</source>
        <translation>Sections de la synchronisation</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>&amp;Synchronise now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Synchronise now (F5)</source>
        <translation>Synchroniser maintenant (F5)</translation>
    </message>
    <message>
        <source>Kind of change</source>
        <translation>Type de modification</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Modifications en attente d'envoi</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Synchronisation history</source>
        <translation>Historique des synchronisations</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Conflicts to resolve</source>
        <translation>Conflits à résoudre</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Mine (this station)</source>
        <translation>Ma valeur (ce poste)</translation>
    </message>
    <message>
        <source>Server's</source>
        <translation>Valeur du serveur</translation>
    </message>
    <message>
        <source>Values side by side</source>
        <translation>Valeurs côte à côte</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Garder la &amp;mienne</translation>
    </message>
    <message>
        <source>Keep my value and send it again</source>
        <translation>Garder ma valeur et la renvoyer</translation>
    </message>
    <message>
        <source>Keep the &amp;server's</source>
        <translation>Garder celle du &amp;serveur</translation>
    </message>
    <message>
        <source>Keep the server's value</source>
        <translation>Garder la valeur du serveur</translation>
    </message>
    <message>
        <source>System proxy</source>
        <translation>Proxy du système</translation>
    </message>
    <message>
        <source>System trust store</source>
        <translation>Magasin de certificats du système</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the certificate authority file</source>
        <translation>Choisir le fichier de l'autorité de certification</translation>
    </message>
    <message>
        <source>Sa&amp;ve settings</source>
        <translation>&amp;Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Save the connection settings</source>
        <translation>Enregistrer les réglages de connexion</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Log in and keep the token in the system keyring</source>
        <translation>Se connecter et conserver le jeton dans le trousseau du système</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>Site code</source>
        <translation>Code du site</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>Proxy</translation>
    </message>
    <message>
        <source>Certificate authority file</source>
        <translation>Fichier de l'autorité de certification</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation>&amp;Adresse du serveur</translation>
    </message>
    <message>
        <source>Site &amp;code</source>
        <translation>Code du si&amp;te</translation>
    </message>
    <message>
        <source>&amp;Proxy</source>
        <translation>Pro&amp;xy</translation>
    </message>
    <message>
        <source>Certificate &amp;authority</source>
        <translation>Autorité de &amp;certification</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Synchronising with the central server…</source>
        <translation>Synchronisation avec le serveur central…</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer)</source>
        <translation>Certificats (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>✓ Logged in as %1; the token is kept in the system keyring.</source>
        <translation>✓ Connecté en tant que %1 ; le jeton est conservé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>✓ Synchronised: %1 sent, %2 received.</source>
        <translation>✓ Synchronisé : %1 envoyée(s), %2 reçue(s).</translation>
    </message>
    <message>
        <source>Warning: this computer's clock differs from the server's by more than 5 minutes.</source>
        <translation>Attention : l'horloge de cet ordinateur diffère de plus de 5 minutes de celle du serveur.</translation>
    </message>
    <message>
        <source>Server: %1 — site %2</source>
        <translation>Serveur : %1 — site %2</translation>
    </message>
    <message>
        <source>No central server is configured on this station: every change is kept here until it can be sent.</source>
        <translation>Aucun serveur central n'est configuré sur ce poste : chaque modification est conservée ici jusqu'à ce qu'elle puisse être envoyée.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
    <message>
        <source>Last synchronisation: %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Never synchronised</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>✓ Success</source>
        <translation>✓ Réussie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)</source>
        <translation><numerusform>Conflits (%n)</numerusform><numerusform>Conflits (%n)</numerusform></translation>
    </message>
    <message>
        <source>No conflict to resolve.</source>
        <translation>Aucun conflit à résoudre.</translation>
    </message>
    <message>
        <source>the winning booking runs from %1 to %2.</source>
        <translation>la réservation retenue va de %1 à %2.</translation>
    </message>
    <message>
        <source>Free at that time: %1.</source>
        <translation>Libres à ce moment : %1.</translation>
    </message>
</context>
</TS>