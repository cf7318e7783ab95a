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
    <name>ChecksPanel</name>
    <message>
        <source>Areas and capacity of the floor</source>
        <extracomment>Space ids of the issue the person picked.</extracomment>
        <translation>Surfaces et capacité de l'étage</translation>
    </message>
    <message>
        <source>Problems found in the drawing</source>
        <translation>Problèmes relevés dans le dessin</translation>
    </message>
    <message>
        <source>⚠ %1 and %2 overlap (%3 m²)</source>
        <translation>⚠ %1 et %2 se chevauchent (%3 m²)</translation>
    </message>
    <message>
        <source>⚠ %1 is outside its zone %2</source>
        <translation>⚠ %1 est hors de sa zone %2</translation>
    </message>
    <message>
        <source>⚠ %1 is outside any room or zone</source>
        <translation>⚠ %1 n'est dans aucune pièce ni zone</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n spaces are named %1</source>
        <translation><numerusform>⚠ %n espace s'appelle %1</numerusform><numerusform>⚠ %n espaces s'appellent %1</numerusform></translation>
    </message>
    <message>
        <source>⚠ %1: only %2 m² per place</source>
        <translation>⚠ %1 : seulement %2 m² par place</translation>
    </message>
    <message numerus="yes">
        <source>Floor: %1 m² (rooms %2 m², zones %3 m²) — %n bookable place(s)</source>
        <translation><numerusform>Étage : %1 m² (pièces %2 m², zones %3 m²) — %n place réservable</numerusform><numerusform>Étage : %1 m² (pièces %2 m², zones %3 m²) — %n places réservables</numerusform></translation>
    </message>
    <message>
        <source>✓ No problem found</source>
        <translation>✓ Aucun problème relevé</translation>
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
    <name>DxfLayerWizard</name>
    <message>
        <source>Import a DXF plan</source>
        <translation>Importer un plan DXF</translation>
    </message>
    <message>
        <source>DXF layer wizard</source>
        <translation>Assistant des calques DXF</translation>
    </message>
    <message>
        <source>Backdrop</source>
        <translation>Fond de plan</translation>
    </message>
    <message>
        <source>Room outlines</source>
        <translation>Contours des pièces</translation>
    </message>
    <message>
        <source>Room labels</source>
        <translation>Noms des pièces</translation>
    </message>
    <message>
        <source>Desk blocks</source>
        <translation>Blocs de postes</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Choose what each layer of the drawing holds. Closed outlines become rooms named by the label inside them; block inserts become desks.</source>
        <translation>Indiquez ce que contient chaque calque du dessin. Les contours fermés deviennent des pièces nommées d'après le texte qu'elles contiennent ; les blocs insérés deviennent des postes.</translation>
    </message>
    <message>
        <source>Layers of the drawing</source>
        <translation>Calques du dessin</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Calque</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of layer %1</source>
        <translation>Rôle du calque %1</translation>
    </message>
    <message>
        <source>Unit of the drawing</source>
        <translation>Unité du dessin</translation>
    </message>
    <message>
        <source>Drawing &amp;unit (not stated in the file):</source>
        <translation>&amp;Unité du dessin (non précisée dans le fichier) :</translation>
    </message>
    <message>
        <source>Revised plan of this floor: update the existing spaces (their bookings are kept)</source>
        <translation>Plan révisé de cet étage : mettre à jour les espaces existants (leurs réservations sont conservées)</translation>
    </message>
    <message>
        <source>Revised plan of this floor</source>
        <translation>Plan révisé de cet étage</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>LivePanel</name>
    <message>
        <source>Select a space on the map or in the list</source>
        <translation>Sélectionnez un espace sur le plan ou dans la liste</translation>
    </message>
    <message>
        <source>Space shown</source>
        <translation>Espace affiché</translation>
    </message>
    <message>
        <source>Bookings of the day for this space</source>
        <translation>Réservations du jour pour cet espace</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Réserver…</translation>
    </message>
    <message>
        <source>Book this space for the period shown</source>
        <translation>Réserver cet espace pour la période affichée</translation>
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
        <source>&amp;Release</source>
        <translation>&amp;Libérer</translation>
    </message>
    <message>
        <source>Release the selected booking</source>
        <translation>Libérer la réservation sélectionnée</translation>
    </message>
    <message>
        <source>Not bookable</source>
        <translation>Non réservable</translation>
    </message>
    <message>
        <source>No booking this day</source>
        <translation>Aucune réservation ce jour</translation>
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
    <name>Minimap</name>
    <message>
        <source>Minimap: click or use the arrow keys to move the view</source>
        <translation>Mini-carte : cliquez ou utilisez les flèches pour déplacer la vue</translation>
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
    <name>PlanMessages</name>
    <message>
        <source>This plan is too large to be opened safely (its declared size is out of proportion). The floor was not changed.</source>
        <translation>Ce plan est trop grand pour être ouvert sans risque (sa taille déclarée est démesurée). L'étage n'a pas été modifié.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a plan image. The floor was not changed.</source>
        <translation>Ce fichier est endommagé ou n'est pas une image de plan. L'étage n'a pas été modifié.</translation>
    </message>
    <message>
        <source>This kind of file is not supported (or uses features refused for safety). Use PNG, JPEG, SVG, PDF or DXF. The floor was not changed.</source>
        <translation>Ce type de fichier n'est pas pris en charge (ou utilise des fonctions refusées par sécurité). Utilisez PNG, JPEG, SVG, PDF ou DXF. L'étage n'a pas été modifié.</translation>
    </message>
    <message>
        <source>This file draws nothing once opened (SVG features that cannot be shown?). Export it again as PDF or PNG. The floor was not changed.</source>
        <translation>Ce fichier n'affiche rien une fois ouvert (fonctions SVG non affichables ?). Exportez-le à nouveau en PDF ou en PNG. L'étage n'a pas été modifié.</translation>
    </message>
    <message>
        <source>This DXF file is damaged beyond repair. The floor was not changed.</source>
        <translation>Ce fichier DXF est endommagé et ne peut pas être réparé. L'étage n'a pas été modifié.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Le fichier n'a pas pu être lu : %1</translation>
    </message>
</context>
<context>
    <name>PlanPrinter</name>
    <message>
        <source>Scale 1:%1</source>
        <translation>Échelle 1:%1</translation>
    </message>
    <message>
        <source>Fitted to the page (not to scale)</source>
        <translation>Ajusté à la page (sans échelle)</translation>
    </message>
</context>
<context>
    <name>PlanTools</name>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
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
        <source>Drawing</source>
        <translation>Dessin</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>Disponibilité</translation>
    </message>
    <message>
        <source>Plan mode: drawing or availability</source>
        <translation>Mode du plan : dessin ou disponibilité</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode :</translation>
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
        <source>Side panels</source>
        <translation>Panneaux latéraux</translation>
    </message>
    <message>
        <source>Spaces</source>
        <translation>Espaces</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Vérifications</translation>
    </message>
    <message>
        <source>Plan status</source>
        <translation>État du plan</translation>
    </message>
    <message>
        <source>Legend:</source>
        <translation>Légende :</translation>
    </message>
    <message>
        <source>No floor yet</source>
        <translation>Aucun étage pour l'instant</translation>
    </message>
    <message>
        <source>This site has no building or floor. Floors appear here once they are drawn or synchronised.</source>
        <translation>Ce site n'a ni bâtiment ni étage. Les étages apparaîtront ici une fois dessinés ou synchronisés.</translation>
    </message>
    <message>
        <source>Drawing tools</source>
        <translation>Outils de dessin</translation>
    </message>
    <message>
        <source>Kind of room to draw</source>
        <translation>Type de pièce à dessiner</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Room outline</source>
        <translation>Contour de pièce</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Postes</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesurer</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Étalonner</translation>
    </message>
    <message>
        <source>Number of desks in a row</source>
        <translation>Nombre de postes dans la rangée</translation>
    </message>
    <message>
        <source>Spacing between desks in metres</source>
        <translation>Espacement entre les postes, en mètres</translation>
    </message>
    <message>
        <source>Editing actions</source>
        <translation>Actions d'édition</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Rotate 15°</source>
        <translation>Pivoter de 15°</translation>
    </message>
    <message>
        <source>Rotate by an angle…</source>
        <translation>Pivoter d'un angle…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Coller</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Aligner à gauche</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Aligner à droite</translation>
    </message>
    <message>
        <source>Align top</source>
        <translation>Aligner en haut</translation>
    </message>
    <message>
        <source>Align bottom</source>
        <translation>Aligner en bas</translation>
    </message>
    <message>
        <source>Distribute horizontally</source>
        <translation>Répartir horizontalement</translation>
    </message>
    <message>
        <source>Distribute vertically</source>
        <translation>Répartir verticalement</translation>
    </message>
    <message>
        <source>Arrange</source>
        <translation>Disposer</translation>
    </message>
    <message>
        <source>Align and distribute the selection</source>
        <translation>Aligner et répartir la sélection</translation>
    </message>
    <message>
        <source>Import a plan…</source>
        <translation>Importer un plan…</translation>
    </message>
    <message>
        <source>Export the floor…</source>
        <translation>Exporter l'étage…</translation>
    </message>
    <message>
        <source>Print the floor…</source>
        <translation>Imprimer l'étage…</translation>
    </message>
    <message>
        <source>Import GeoJSON…</source>
        <translation>Importer du GeoJSON…</translation>
    </message>
    <message>
        <source>Snap to grid</source>
        <translation>Aligner sur la grille</translation>
    </message>
    <message>
        <source>Snap to a 10 cm grid</source>
        <translation>Aligner sur une grille de 10 cm</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Zoomer sur la sélection</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit the floor</source>
        <translation>Afficher tout l'étage</translation>
    </message>
    <message>
        <source>Half-day shown</source>
        <translation>Demi-journée affichée</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Whole day</source>
        <translation>Journée entière</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg *.pdf *.dxf)</source>
        <translation>Plans (*.png *.jpg *.jpeg *.svg *.pdf *.dxf)</translation>
    </message>
    <message>
        <source>Importing the plan…</source>
        <translation>Import du plan…</translation>
    </message>
    <message>
        <source>Reading the DXF drawing…</source>
        <translation>Lecture du dessin DXF…</translation>
    </message>
    <message>
        <source>Importing the DXF drawing…</source>
        <translation>Import du dessin DXF…</translation>
    </message>
    <message>
        <source>Comparing with the current floor…</source>
        <translation>Comparaison avec l'étage actuel…</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) added</source>
        <translation><numerusform>%n espace ajouté</numerusform><numerusform>%n espaces ajoutés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) removed</source>
        <translation><numerusform>%n espace supprimé</numerusform><numerusform>%n espaces supprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) changed (same id, bookings kept)</source>
        <translation><numerusform>%n espace modifié (même identifiant, réservations conservées)</numerusform><numerusform>%n espaces modifiés (même identifiant, réservations conservées)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) unchanged</source>
        <translation><numerusform>%n espace inchangé</numerusform><numerusform>%n espaces inchangés</numerusform></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Supprimés : %1</translation>
    </message>
    <message>
        <source>Apply the revised plan?</source>
        <translation>Appliquer le plan révisé ?</translation>
    </message>
    <message>
        <source>Changes of the revised plan</source>
        <translation>Modifications du plan révisé</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%n room(s) created</source>
        <translation><numerusform>%n pièce créée</numerusform><numerusform>%n pièces créées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n desk(s) created</source>
        <translation><numerusform>%n poste créé</numerusform><numerusform>%n postes créés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s) created</source>
        <translation><numerusform>%n zone créée</numerusform><numerusform>%n zones créées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open outline(s) skipped (a room needs a closed outline)</source>
        <translation><numerusform>%n contour ouvert ignoré (une pièce demande un contour fermé)</numerusform><numerusform>%n contours ouverts ignorés (une pièce demande un contour fermé)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) of unsupported types skipped on the backdrop</source>
        <translation><numerusform>%n entité d'un type non pris en charge ignorée sur le fond de plan</numerusform><numerusform>%n entités de types non pris en charge ignorées sur le fond de plan</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) on desk layers were not blocks</source>
        <translation><numerusform>%n entité des calques de postes n'était pas un bloc</numerusform><numerusform>%n entités des calques de postes n'étaient pas des blocs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n outline(s) too small for a room</source>
        <translation><numerusform>%n contour trop petit pour une pièce</numerusform><numerusform>%n contours trop petits pour une pièce</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n damaged entity(ies) skipped</source>
        <translation><numerusform>%n entité endommagée ignorée</numerusform><numerusform>%n entités endommagées ignorées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n entity(ies) on ignored layers</source>
        <translation><numerusform>%n entité sur des calques ignorés</numerusform><numerusform>%n entités sur des calques ignorés</numerusform></translation>
    </message>
    <message>
        <source>Export the floor</source>
        <translation>Exporter l'étage</translation>
    </message>
    <message>
        <source>PDF, A4 (*.pdf)</source>
        <translation>PDF, A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, A3 (*.pdf)</source>
        <translation>PDF, A3 (*.pdf)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>GeoJSON (IMDF) (*.geojson)</source>
        <translation>GeoJSON (IMDF) (*.geojson)</translation>
    </message>
    <message>
        <source>Floor exported to %1</source>
        <translation>Étage exporté dans %1</translation>
    </message>
    <message>
        <source>Print the floor</source>
        <translation>Imprimer l'étage</translation>
    </message>
    <message>
        <source>Import GeoJSON</source>
        <translation>Importer du GeoJSON</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson *.json)</source>
        <translation>GeoJSON (*.geojson *.json)</translation>
    </message>
    <message>
        <source>Importing the GeoJSON file…</source>
        <translation>Import du fichier GeoJSON…</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d'erreur</translation>
    </message>
    <message>
        <source>Import a plan first: calibration sets the scale of the plan under the drawing.</source>
        <translation>Importez d'abord un plan : l'étalonnage règle l'échelle du plan placé sous le dessin.</translation>
    </message>
    <message>
        <source>Real distance between the two points, in metres:</source>
        <translation>Distance réelle entre les deux points, en mètres :</translation>
    </message>
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
        <source>Service room</source>
        <translation>Local de service</translation>
    </message>
    <message>
        <source>Corridor</source>
        <translation>Couloir</translation>
    </message>
    <message>
        <source>Draw %1</source>
        <translation>Dessiner : %1</translation>
    </message>
    <message numerus="yes">
        <source>Place %n desk(s)</source>
        <translation><numerusform>Placer %n poste</numerusform><numerusform>Placer %n postes</numerusform></translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>Décaler</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Pivoter</translation>
    </message>
    <message numerus="yes">
        <source>Put %n space(s) out of service</source>
        <translation><numerusform>Mettre %n espace hors service</numerusform><numerusform>Mettre %n espaces hors service</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Bring %n space(s) back into service</source>
        <translation><numerusform>Remettre %n espace en service</numerusform><numerusform>Remettre %n espaces en service</numerusform></translation>
    </message>
    <message>
        <source>Angle in degrees (clockwise):</source>
        <translation>Angle en degrés (sens horaire) :</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n space(s)</source>
        <translation><numerusform>Supprimer %n espace</numerusform><numerusform>Supprimer %n espaces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) copied</source>
        <translation><numerusform>%n espace copié</numerusform><numerusform>%n espaces copiés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n space(s)</source>
        <translation><numerusform>Coller %n espace</numerusform><numerusform>Coller %n espaces</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Edit %n space(s)</source>
        <translation><numerusform>Modifier %n espace</numerusform><numerusform>Modifier %n espaces</numerusform></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Distance: %1</source>
        <translation>Distance : %1</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Vérifications (%1)</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Book for (guest's name):</source>
        <translation>Réserver pour (nom de l'invité) :</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) selected</source>
        <translation><numerusform>%n espace sélectionné</numerusform><numerusform>%n espaces sélectionnés</numerusform></translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>No space selected</source>
        <extracomment>{field: value} for the fields the person changed, to apply to every selected space. (out of service or back in service, reason), for every selected space.</extracomment>
        <translation>Aucun espace sélectionné</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Equipment, separated by commas</source>
        <translation>Équipements, séparés par des virgules</translation>
    </message>
    <message>
        <source>Accessibility, separated by commas</source>
        <translation>Accessibilité, séparée par des virgules</translation>
    </message>
    <message>
        <source>Bookable</source>
        <translation>Réservable</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Out of service from now</source>
        <translation>Hors service à partir de maintenant</translation>
    </message>
    <message>
        <source>Reason for being out of service</source>
        <translation>Motif de la mise hors service</translation>
    </message>
    <message>
        <source>Works, broken equipment…</source>
        <translation>Travaux, équipement en panne…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply the properties to the selected spaces</source>
        <translation>Appliquer les propriétés aux espaces sélectionnés</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>&amp;Equipment:</source>
        <translation>É&amp;quipements :</translation>
    </message>
    <message>
        <source>Acc&amp;essibility:</source>
        <translation>Acc&amp;essibilité :</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>T&amp;itulaire :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Several values</source>
        <translation>Plusieurs valeurs</translation>
    </message>
    <message numerus="yes">
        <source>%n space(s) selected</source>
        <translation><numerusform>%n espace sélectionné</numerusform><numerusform>%n espaces sélectionnés</numerusform></translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>Aucune zone</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun titulaire</translation>
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
    <name>StatusLegend</name>
    <message>
        <source>Legend of the statuses</source>
        <translation>Légende des statuts</translation>
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