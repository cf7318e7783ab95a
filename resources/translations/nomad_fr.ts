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
        <source>Opening the site…</source>
        <translation>Ouverture du site…</translation>
    </message>
    <message>
        <source>Preparing the site's data on this station.</source>
        <translation>Préparation des données du site sur ce poste.</translation>
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
    <name>OccupancyChart</name>
    <message>
        <source>Occupancy per working day</source>
        <translation>Occupation par jour ouvré</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Arrivées enregistrées</translation>
    </message>
    <message>
        <source>%1: %2 booked, %3 checked in</source>
        <translation>%1 : %2 réservées, %3 arrivées enregistrées</translation>
    </message>
    <message>
        <source>Desk and office occupancy, working days (%)</source>
        <translation>Occupation des postes et bureaux, jours ouvrés (%)</translation>
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
    <name>SyncView</name>
    <message>
        <source>Synchronisation</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>No central server is configured on this station: every change is kept here, in the list below, until it can be sent.</source>
        <translation>Aucun serveur central n'est configuré sur ce poste : chaque modification est conservée ici, dans la liste ci-dessous, jusqu'à ce qu'elle puisse être envoyée.</translation>
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
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation><numerusform>%n modification en attente d'envoi</numerusform><numerusform>%n modifications en attente d'envoi</numerusform></translation>
    </message>
</context>
</TS>