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
    <name>AvailabilitySearchPanel</name>
    <message>
        <source>Kind of space</source>
        <extracomment>(space id, space name, day, local start, local end) the person wants to book.</extracomment>
        <translation>Type d'espace</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Seats needed</source>
        <translation>Nombre de places nécessaires</translation>
    </message>
    <message>
        <source>Screen or projector</source>
        <translation>Écran ou vidéoprojecteur</translation>
    </message>
    <message>
        <source>Needs a screen or a projector</source>
        <translation>Avec écran ou vidéoprojecteur</translation>
    </message>
    <message>
        <source>Videoconference</source>
        <translation>Visioconférence</translation>
    </message>
    <message>
        <source>Needs videoconference</source>
        <translation>Avec visioconférence</translation>
    </message>
    <message>
        <source>Wheelchair accessible</source>
        <translation>Accessible en fauteuil roulant</translation>
    </message>
    <message>
        <source>Must be wheelchair accessible</source>
        <translation>Doit être accessible en fauteuil roulant</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Search free places</source>
        <translation>Rechercher des places libres</translation>
    </message>
    <message>
        <source>Free places found, best first</source>
        <translation>Places libres trouvées, les meilleures d'abord</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Horaire :</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Places :</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation><numerusform>%n place</numerusform><numerusform>%n places</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n free place(s) found</source>
        <translation><numerusform>%n place libre trouvée</numerusform><numerusform>%n places libres trouvées</numerusform></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book %1</source>
        <translation>Réserver %1</translation>
    </message>
    <message>
        <source>Book a place</source>
        <translation>Réserver une place</translation>
    </message>
    <message>
        <source>%1 — %2, %3 to %4</source>
        <translation>%1 — %2, de %3 à %4</translation>
    </message>
    <message>
        <source>Name or unit, e.g. helene dirisi</source>
        <translation>Nom ou unité, par exemple helene dirisi</translation>
    </message>
    <message>
        <source>Search the directory</source>
        <translation>Rechercher dans l'annuaire</translation>
    </message>
    <message>
        <source>Agents found</source>
        <translation>Agents trouvés</translation>
    </message>
    <message>
        <source>Guest name (instead of an agent)</source>
        <translation>Nom de l'invité (à la place d'un agent)</translation>
    </message>
    <message>
        <source>Only for a guest without a directory entry</source>
        <translation>Seulement pour un invité absent de l'annuaire</translation>
    </message>
    <message>
        <source>Repeat</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <source>Every day (closed days skipped)</source>
        <translation>Tous les jours (jours de fermeture exclus)</translation>
    </message>
    <message>
        <source>Every week on this weekday</source>
        <translation>Chaque semaine ce jour-là</translation>
    </message>
    <message>
        <source>Number of occurrences</source>
        <translation>Nombre d'occurrences</translation>
    </message>
    <message>
        <source>Why the booking was refused</source>
        <translation>Pourquoi la réservation a été refusée</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Book for the chosen person</source>
        <translation>Réserver pour la personne choisie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without booking</source>
        <translation>Fermer sans réserver</translation>
    </message>
    <message>
        <source>Join the &amp;waitlist</source>
        <translation>Rejoindre la liste d'&amp;attente</translation>
    </message>
    <message>
        <source>Wait for a place: the first in line gets a freed place</source>
        <translation>Attendre une place : la première personne en attente obtient la place libérée</translation>
    </message>
    <message>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>Résultats :</translation>
    </message>
    <message>
        <source>&amp;Guest:</source>
        <translation>&amp;Invité :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répétition :</translation>
    </message>
    <message>
        <source>&amp;Occurrences:</source>
        <translation>&amp;Occurrences :</translation>
    </message>
    <message>
        <source>Choose an agent in the list, or type a guest's name.</source>
        <translation>Choisissez un agent dans la liste, ou saisissez le nom d'un invité.</translation>
    </message>
</context>
<context>
    <name>BookingGridModel</name>
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>%1/%2 · %3</source>
        <translation>%1/%2 · %3</translation>
    </message>
    <message>
        <source>Full · %1</source>
        <translation>Complet · %1</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>Not bookable</source>
        <translation>Non réservable</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Après-midi</translation>
    </message>
</context>
<context>
    <name>BookingsView</name>
    <message>
        <source>Bookings</source>
        <extracomment>How often the no-show release runs while the app is open.</extracomment>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Floor shown</source>
        <translation>Étage affiché</translation>
    </message>
    <message>
        <source>Kind of space shown</source>
        <translation>Type d'espace affiché</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Show the whole week</source>
        <translation>Afficher toute la semaine</translation>
    </message>
    <message>
        <source>&amp;Floor:</source>
        <translation>É&amp;tage :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Booking grid: spaces by period. Arrows to move, Enter to book or to ask why not</source>
        <translation>Grille des réservations : espaces par période. Flèches pour se déplacer, Entrée pour réserver ou savoir pourquoi ce n'est pas possible</translation>
    </message>
    <message>
        <source>Choose a cell and press Enter to book it, or to learn why it cannot be booked.</source>
        <translation>Choisissez une case et appuyez sur Entrée pour la réserver, ou pour savoir pourquoi elle ne peut pas l'être.</translation>
    </message>
    <message>
        <source>Why this place cannot be booked</source>
        <translation>Pourquoi cette place ne peut pas être réservée</translation>
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
        <source>Scan a desk or room label, or type its code, then Enter</source>
        <translation>Scannez l'étiquette d'un poste ou d'une salle, ou saisissez son code, puis Entrée</translation>
    </message>
    <message>
        <source>Label code to check in</source>
        <translation>Code d'étiquette pour enregistrer l'arrivée</translation>
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
        <source>Check &amp;out</source>
        <translation>Enregistrer le &amp;départ</translation>
    </message>
    <message>
        <source>Check out the selected booking</source>
        <translation>Enregistrer le départ pour la réservation sélectionnée</translation>
    </message>
    <message>
        <source>Ca&amp;ncel booking</source>
        <translation>A&amp;nnuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the selected booking</source>
        <translation>Annuler la réservation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Export calendar (.ics)</source>
        <translation>&amp;Exporter l'agenda (.ics)</translation>
    </message>
    <message>
        <source>Export the bookings of the selected booking's agent as a calendar file</source>
        <translation>Exporter dans un fichier d'agenda les réservations de l'agent de la réservation sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Print the day (PDF)</source>
        <translation>&amp;Imprimer la journée (PDF)</translation>
    </message>
    <message>
        <source>Save the day's bookings of the floor as a PDF to print</source>
        <translation>Enregistrer en PDF à imprimer les réservations du jour de l'étage</translation>
    </message>
    <message>
        <source>QR &amp;labels (PDF)</source>
        <translation>Étiquettes &amp;QR (PDF)</translation>
    </message>
    <message>
        <source>Save the QR code labels of the floor's spaces as a PDF to print</source>
        <translation>Enregistrer en PDF à imprimer les étiquettes QR des espaces de l'étage</translation>
    </message>
    <message>
        <source>Cancel &amp;this and following</source>
        <translation>Annuler &amp;celle-ci et les suivantes</translation>
    </message>
    <message>
        <source>Cancel the selected booking and the rest of its series</source>
        <translation>Annuler la réservation sélectionnée et la suite de sa série</translation>
    </message>
    <message>
        <source>Result of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>Day's bookings and search</source>
        <translation>Réservations du jour et recherche</translation>
    </message>
    <message>
        <source>Day's bookings</source>
        <translation>Réservations du jour</translation>
    </message>
    <message>
        <source>Find a place</source>
        <translation>Trouver une place</translation>
    </message>
    <message>
        <source>All floors</source>
        <translation>Tous les étages</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s)</source>
        <translation><numerusform>%n réservation</numerusform><numerusform>%n réservations</numerusform></translation>
    </message>
    <message>
        <source>Why %1 cannot be booked then:</source>
        <translation>Pourquoi %1 ne peut pas être réservé à ce moment :</translation>
    </message>
    <message>
        <source>Added to the waitlist, number %1 in line.</source>
        <translation>Ajouté à la liste d'attente, en position %1.</translation>
    </message>
    <message>
        <source>Booked: %1 for %2, %3 – %4.</source>
        <translation>Réservé : %1 pour %2, %3 – %4.</translation>
    </message>
    <message>
        <source>%1 is checked in.</source>
        <translation>Arrivée de %1 enregistrée.</translation>
    </message>
    <message>
        <source>%1 is checked out.</source>
        <translation>Départ de %1 enregistré.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled.</source>
        <translation>La réservation de %1 est annulée.</translation>
    </message>
    <message>
        <source>Select a booking of a series first.</source>
        <translation>Sélectionnez d'abord une réservation faisant partie d'une série.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of the series cancelled.</source>
        <translation><numerusform>%n réservation de la série annulée.</numerusform><numerusform>%n réservations de la série annulées.</numerusform></translation>
    </message>
    <message>
        <source>%1 is checked in on %2.</source>
        <translation>Arrivée de %1 enregistrée sur %2.</translation>
    </message>
    <message>
        <source>Select a booking of an agent first.</source>
        <translation>Sélectionnez d'abord une réservation d'un agent.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter l'agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Calendar saved: %1</source>
        <translation>Agenda enregistré : %1</translation>
    </message>
    <message>
        <source>Print the day</source>
        <translation>Imprimer la journée</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Bookings of %1 — %2</source>
        <translation>Réservations du %1 — %2</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Écriture du PDF…</translation>
    </message>
    <message>
        <source>PDF saved: %1</source>
        <translation>PDF enregistré : %1</translation>
    </message>
    <message>
        <source>Choose a floor first.</source>
        <translation>Choisissez d'abord un étage.</translation>
    </message>
    <message>
        <source>QR labels</source>
        <translation>Étiquettes QR</translation>
    </message>
    <message>
        <source>Writing the labels…</source>
        <translation>Écriture des étiquettes…</translation>
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
    <name>DayPrint</name>
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
    <name>Refusals</name>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
        <source>%1 cannot be booked.</source>
        <translation>%1 n'est pas réservable.</translation>
    </message>
    <message>
        <source>This space has been deleted.</source>
        <translation>Cet espace a été supprimé.</translation>
    </message>
    <message>
        <source>This period is already over.</source>
        <translation>Cette période est déjà passée.</translation>
    </message>
    <message>
        <source>A booking must start and end on the same day.</source>
        <translation>Une réservation commence et finit le même jour.</translation>
    </message>
    <message>
        <source>The site is closed on %1.</source>
        <translation>Le site est fermé le %1.</translation>
    </message>
    <message>
        <source>The site is closed: public holiday (%1).</source>
        <translation>Le site est fermé : jour férié (%1).</translation>
    </message>
    <message>
        <source>Outside opening hours (%1 to %2).</source>
        <translation>En dehors des heures d'ouverture (de %1 à %2).</translation>
    </message>
    <message>
        <source>This space is booked by half-day or whole day only (%1).</source>
        <translation>Cet espace se réserve uniquement à la demi-journée ou à la journée (%1).</translation>
    </message>
    <message>
        <source>This space is booked by whole day only (%1).</source>
        <translation>Cet espace se réserve uniquement à la journée (%1).</translation>
    </message>
    <message>
        <source>Times must be on the quarter hour (15-minute steps).</source>
        <translation>Les horaires se choisissent au quart d'heure (pas de 15 minutes).</translation>
    </message>
    <message>
        <source>Bookings open at most %1 days ahead.</source>
        <translation>Les réservations ouvrent au plus %1 jours à l'avance.</translation>
    </message>
    <message>
        <source>A booking lasts at most %1 minutes here.</source>
        <translation>Ici, une réservation dure au plus %1 minutes.</translation>
    </message>
    <message>
        <source>This agent already has %1 active bookings, the most allowed.</source>
        <translation>Cet agent a déjà %1 réservations en cours, le maximum autorisé.</translation>
    </message>
    <message>
        <source>Guests cannot be booked into this space.</source>
        <translation>Cet espace ne peut pas être réservé pour un invité.</translation>
    </message>
    <message>
        <source>%1 is reserved for some units or agents (%2).</source>
        <translation>%1 est réservé à certaines unités ou certains agents (%2).</translation>
    </message>
    <message>
        <source>%1 is a personal office its owner has not opened to booking that day.</source>
        <translation>%1 est un bureau personnel que son titulaire n'a pas ouvert à la réservation ce jour-là.</translation>
    </message>
    <message>
        <source>%1 is out of service for this period (%2).</source>
        <translation>%1 est hors service sur cette période (%2).</translation>
    </message>
    <message>
        <source>%1 is already fully booked for this period.</source>
        <translation>%1 est déjà complet sur cette période.</translation>
    </message>
    <message>
        <source>This person already has a booking at that time (%1).</source>
        <translation>Cette personne a déjà une réservation à ce moment (%1).</translation>
    </message>
    <message>
        <source>Too late to cancel: cancellations close %1 minutes before the start.</source>
        <translation>Trop tard pour annuler : les annulations ferment %1 minutes avant le début.</translation>
    </message>
    <message>
        <source>This booking is no longer active.</source>
        <translation>Cette réservation n'est plus active.</translation>
    </message>
    <message>
        <source>This booking is not checked in.</source>
        <translation>L'arrivée n'a pas été enregistrée pour cette réservation.</translation>
    </message>
    <message>
        <source>No day of this series can be booked.</source>
        <translation>Aucun jour de cette série ne peut être réservé.</translation>
    </message>
    <message>
        <source>No space carries the label code “%1”.</source>
        <translation>Aucun espace ne porte le code d'étiquette « %1 ».</translation>
    </message>
    <message>
        <source>%1 still has a free place: book it directly.</source>
        <translation>%1 a encore une place libre : réservez-la directement.</translation>
    </message>
    <message>
        <source>Nobody is booked on %1 right now.</source>
        <translation>Personne n'a réservé %1 en ce moment.</translation>
    </message>
    <message>
        <source>This booking is not allowed.</source>
        <translation>Cette réservation n'est pas autorisée.</translation>
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