<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <source>Watch list</source>
        <translation>Liste de vigilance</translation>
    </message>
    <message>
        <source>Watched last name</source>
        <translation>Nom surveillé</translation>
    </message>
    <message>
        <source>Watched first name (empty: any)</source>
        <translation>Prénom surveillé (vide : tous)</translation>
    </message>
    <message>
        <source>Note for reception</source>
        <translation>Note pour l'accueil</translation>
    </message>
    <message>
        <source>&amp;Add to the watch list</source>
        <translation>&amp;Ajouter à la liste de vigilance</translation>
    </message>
    <message>
        <source>Remove from the watch list</source>
        <translation>Retirer de la liste de vigilance</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Visit lists</source>
        <translation>Listes de visites</translation>
    </message>
    <message>
        <source>&amp;Import visits (CSV, XLSX)…</source>
        <translation>&amp;Importer des visites (CSV, XLSX)…</translation>
    </message>
    <message>
        <source>E&amp;xport the visitor log (30 days)…</source>
        <translation>E&amp;xporter le registre des visites (30 jours)…</translation>
    </message>
    <message>
        <source>Columns: Nom, Prénom, Société, Hôte, Date, Heure, Motif, Catégorie.</source>
        <translation>Colonnes : Nom, Prénom, Société, Hôte, Date, Heure, Motif, Catégorie.</translation>
    </message>
    <message>
        <source>Personal data (GDPR)</source>
        <translation>Données personnelles (RGPD)</translation>
    </message>
    <message>
        <source>&amp;Purge expired visits now</source>
        <translation>&amp;Purger maintenant les visites expirées</translation>
    </message>
    <message>
        <source>Find a visitor for export or erasure</source>
        <translation>Rechercher un visiteur pour export ou effacement</translation>
    </message>
    <message>
        <source>Visitor's name or company…</source>
        <translation>Nom ou société du visiteur…</translation>
    </message>
    <message>
        <source>Visitors found</source>
        <translation>Visiteurs trouvés</translation>
    </message>
    <message>
        <source>Export this person's data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
    <message>
        <source>Erase this person's data…</source>
        <translation>Effacer les données de cette personne…</translation>
    </message>
    <message>
        <source>Purge journal</source>
        <translation>Journal des purges</translation>
    </message>
    <message numerus="yes">
        <source>Personal data of a visit is erased %n day(s) after the visit; counts are kept.</source>
        <translation><numerusform>Les données personnelles d'une visite sont effacées %n jour après la visite ; les décomptes sont conservés.</numerusform><numerusform>Les données personnelles d'une visite sont effacées %n jours après la visite ; les décomptes sont conservés.</numerusform></translation>
    </message>
    <message>
        <source>%1 (any first name)</source>
        <translation>%1 (tout prénom)</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Purge de conservation</translation>
    </message>
    <message>
        <source>Erasure on request</source>
        <translation>Effacement sur demande</translation>
    </message>
    <message>
        <source>%1, %2: %3 visit(s), %4 visitor(s), %5 backup(s) deleted</source>
        <translation>%1, %2 : %3 visite(s), %4 visiteur(s), %5 sauvegarde(s) supprimée(s)</translation>
    </message>
    <message>
        <source>Type the last name to watch.</source>
        <translation>Saisissez le nom à surveiller.</translation>
    </message>
    <message>
        <source>Name added to the watch list.</source>
        <translation>Nom ajouté à la liste de vigilance.</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Importer des visites</translation>
    </message>
    <message>
        <source>Visit lists (*.csv *.xlsx)</source>
        <translation>Listes de visites (*.csv *.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) imported</source>
        <translation><numerusform>%n visite importée</numerusform><numerusform>%n visites importées</numerusform></translation>
    </message>
    <message>
        <source>rows not imported: %1</source>
        <translation>lignes non importées : %1</translation>
    </message>
    <message>
        <source>Importing visits…</source>
        <translation>Import des visites…</translation>
    </message>
    <message>
        <source>Export the visitor log</source>
        <translation>Exporter le registre des visites</translation>
    </message>
    <message>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the visitor log…</source>
        <translation>Export du registre des visites…</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) exported.</source>
        <translation><numerusform>%n visite exportée.</numerusform><numerusform>%n visites exportées.</numerusform></translation>
    </message>
    <message>
        <source>Purge done: %1 visit(s) anonymised, %2 backup(s) deleted.</source>
        <translation>Purge effectuée : %1 visite(s) anonymisée(s), %2 sauvegarde(s) supprimée(s).</translation>
    </message>
    <message>
        <source>Purging expired personal data…</source>
        <translation>Purge des données personnelles expirées…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 — %n visit(s)</source>
        <translation><numerusform>%1 — %2 — %n visite</numerusform><numerusform>%1 — %2 — %n visites</numerusform></translation>
    </message>
    <message>
        <source>Personal data exported to %1</source>
        <translation>Données personnelles exportées dans %1</translation>
    </message>
    <message>
        <source>Personal data erased.</source>
        <translation>Données personnelles effacées.</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase every personal data of %1? Visits stay counted, anonymously. This cannot be undone.</source>
        <translation>Effacer toutes les données personnelles de %1 ? Les visites restent comptées, de façon anonyme. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>AgentBookingsPanel</name>
    <message>
        <source>Name or unit, e.g. helene dirisi</source>
        <extracomment>The agent whose calendar the person wants to save (the page asks where).</extracomment>
        <translation>Nom ou unité, par exemple helene dirisi</translation>
    </message>
    <message>
        <source>Search the directory for an agent</source>
        <translation>Rechercher un agent dans l'annuaire</translation>
    </message>
    <message>
        <source>Agents found. Enter to show their bookings</source>
        <translation>Agents trouvés. Entrée pour afficher leurs réservations</translation>
    </message>
    <message>
        <source>Bookings shown</source>
        <translation>Réservations affichées</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
    <message>
        <source>Choose an agent.</source>
        <translation>Choisissez un agent.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
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
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Bookings of the agent</source>
        <translation>Réservations de l'agent</translation>
    </message>
    <message>
        <source>Reason for cancelling (optional)</source>
        <translation>Motif de l'annulation (facultatif)</translation>
    </message>
    <message>
        <source>Reason for cancelling the agent's selected booking</source>
        <translation>Motif de l'annulation de la réservation sélectionnée de l'agent</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
    <message>
        <source>Cancel the agent's selected booking</source>
        <translation>Annuler la réservation sélectionnée de l'agent</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Move the agent's selected booking to another place or time</source>
        <translation>Déplacer la réservation sélectionnée de l'agent vers une autre place ou un autre horaire</translation>
    </message>
    <message>
        <source>Export calendar (.ics)</source>
        <translation>Exporter l'agenda (.ics)</translation>
    </message>
    <message>
        <source>Export the agent's bookings as a calendar file</source>
        <translation>Exporter les réservations de l'agent dans un fichier d'agenda</translation>
    </message>
    <message>
        <source>Result of the last action on the agent's bookings</source>
        <translation>Résultat de la dernière action sur les réservations de l'agent</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent :</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>A&amp;fficher :</translation>
    </message>
    <message>
        <source>Upcoming bookings of %1: %2</source>
        <translation>Réservations à venir de %1 : %2</translation>
    </message>
    <message>
        <source>Past bookings of %1: %2</source>
        <translation>Réservations passées de %1 : %2</translation>
    </message>
    <message>
        <source>Select an active booking of the agent first.</source>
        <translation>Sélectionnez d'abord une réservation active de l'agent.</translation>
    </message>
    <message>
        <source>The booking of %1 is cancelled.</source>
        <translation>La réservation de %1 est annulée.</translation>
    </message>
    <message>
        <source>Choose an agent first.</source>
        <translation>Choisissez d'abord un agent.</translation>
    </message>
</context>
<context>
    <name>AppContext</name>
    <message>
        <source>NOMAD Desktop</source>
        <extracomment>After every write: (what changed, who caused it — a widget or None). Another site file was opened. A page asks to show spaces on the floor plan (a PlanFocus); the window switches to the plan. A page asks to book a space for someone (a BookingRequest); the window opens the booking dialog.</extracomment>
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
        <source>Show on the p&amp;lan</source>
        <translation>Voir sur le p&amp;lan</translation>
    </message>
    <message>
        <source>Show the free places of the selected result's floor on the plan</source>
        <translation>Voir sur le plan les places libres de l'étage du résultat choisi</translation>
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
    <name>Badge</name>
    <message>
        <source>Host: %1</source>
        <extracomment>Label sizes in millimetres (width, height), landscape. Category band colours (DSFR illustrative palette); the category is always written too.</extracomment>
        <translation>Hôte : %1</translation>
    </message>
    <message>
        <source>Valid on %1</source>
        <translation>Valable le %1</translation>
    </message>
    <message>
        <source>Must be escorted</source>
        <translation>Doit être accompagné</translation>
    </message>
    <message>
        <source>Visitor badge</source>
        <translation>Badge visiteur</translation>
    </message>
</context>
<context>
    <name>BoardModel</name>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Company or unit</source>
        <translation>Société ou unité</translation>
    </message>
    <message>
        <source>Host or space</source>
        <translation>Hôte ou espace</translation>
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
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
</context>
<context>
    <name>BoardPage</name>
    <message>
        <source>Today</source>
        <extracomment>Emitted with a sentence after every action, for the status line and screen readers.</extracomment>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>Search or scan a code (name, company, host, badge)…</source>
        <translation>Rechercher ou scanner un code (nom, société, hôte, badge)…</translation>
    </message>
    <message>
        <source>Search today's arrivals or scan a QR code</source>
        <translation>Rechercher dans les arrivées du jour ou scanner un code QR</translation>
    </message>
    <message>
        <source>Show people by status</source>
        <translation>Afficher les personnes par statut</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>To arrive (expected or late)</source>
        <translation>À arriver (attendus ou en retard)</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Parti</translation>
    </message>
    <message>
        <source>Show visitors or agents</source>
        <translation>Afficher les visiteurs ou les agents</translation>
    </message>
    <message>
        <source>Visitors and agents</source>
        <translation>Visiteurs et agents</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agents</translation>
    </message>
    <message>
        <source>Today's arrivals</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <source>Counts of the day</source>
        <translation>Compteurs du jour</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <source>Check &amp;in</source>
        <translation>Enregistrer l'&amp;arrivée</translation>
    </message>
    <message>
        <source>Check in the selected person</source>
        <translation>Enregistrer l'arrivée de la personne sélectionnée</translation>
    </message>
    <message>
        <source>Check &amp;out</source>
        <translation>Enregistrer le &amp;départ</translation>
    </message>
    <message>
        <source>Check out the selected person</source>
        <translation>Enregistrer le départ de la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Walk-in…</source>
        <translation>&amp;Visiteur sans rendez-vous…</translation>
    </message>
    <message>
        <source>Register and check in a walk-in visitor</source>
        <translation>Enregistrer et faire entrer un visiteur sans rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Register a visit…</source>
        <translation>&amp;Enregistrer une visite…</translation>
    </message>
    <message>
        <source>Register an expected visit</source>
        <translation>Enregistrer une visite prévue</translation>
    </message>
    <message>
        <source>&amp;Badge (PDF)</source>
        <translation>&amp;Badge (PDF)</translation>
    </message>
    <message>
        <source>Save the selected visitor's badge as PDF</source>
        <translation>Enregistrer le badge du visiteur sélectionné en PDF</translation>
    </message>
    <message>
        <source>Badge label size</source>
        <translation>Format des badges</translation>
    </message>
    <message>
        <source>Card 86 × 54 mm</source>
        <translation>Carte 86 × 54 mm</translation>
    </message>
    <message>
        <source>A7 label</source>
        <translation>Étiquette A7</translation>
    </message>
    <message>
        <source>A6 label</source>
        <translation>Étiquette A6</translation>
    </message>
    <message>
        <source>Closing &amp;time…</source>
        <translation>&amp;Fermeture…</translation>
    </message>
    <message>
        <source>Check out every visitor still on site</source>
        <translation>Enregistrer le départ de tous les visiteurs encore sur site</translation>
    </message>
    <message>
        <source>Today — %1</source>
        <translation>Aujourd'hui — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n expected</source>
        <translation><numerusform>%n attendu</numerusform><numerusform>%n attendus</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation><numerusform>%n en retard</numerusform><numerusform>%n en retard</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n arrived</source>
        <translation><numerusform>%n arrivé</numerusform><numerusform>%n arrivés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation><numerusform>%n parti</numerusform><numerusform>%n partis</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation><numerusform>%n affiché</numerusform><numerusform>%n affichés</numerusform></translation>
    </message>
    <message>
        <source>%1: identity check required, confirm at the desk.</source>
        <translation>%1 : contrôle d'identité obligatoire, à confirmer à l'accueil.</translation>
    </message>
    <message>
        <source>%1 checked in.</source>
        <translation>Arrivée de %1 enregistrée.</translation>
    </message>
    <message>
        <source>Unknown code: no visit or booking of this site has it.</source>
        <translation>Code inconnu : aucune visite ni réservation de ce site ne porte ce code.</translation>
    </message>
    <message>
        <source>%1 is already checked in or has left.</source>
        <translation>%1 est déjà arrivé(e) ou reparti(e).</translation>
    </message>
    <message>
        <source>%1 checked in, badge %2.</source>
        <translation>Arrivée de %1 enregistrée, badge %2.</translation>
    </message>
    <message>
        <source>Badge of %1 sent to the printer.</source>
        <translation>Badge de %1 envoyé à l'imprimante.</translation>
    </message>
    <message>
        <source>Badge of %1 saved: %2</source>
        <translation>Badge de %1 enregistré : %2</translation>
    </message>
    <message>
        <source>Select a visitor to print a badge.</source>
        <translation>Sélectionnez un visiteur pour imprimer son badge.</translation>
    </message>
    <message>
        <source>Select a person who is on site to check them out.</source>
        <translation>Sélectionnez une personne présente sur site pour enregistrer son départ.</translation>
    </message>
    <message>
        <source>%1 checked out.</source>
        <translation>Départ de %1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n visitor(s) checked out.</source>
        <translation><numerusform>Départ de %n visiteur enregistré.</numerusform><numerusform>Départ de %n visiteurs enregistré.</numerusform></translation>
    </message>
    <message>
        <source>Closing time</source>
        <translation>Fermeture</translation>
    </message>
    <message numerus="yes">
        <source>Check out the %n visitor(s) still on site?</source>
        <translation><numerusform>Enregistrer le départ du visiteur encore sur site ?</numerusform><numerusform>Enregistrer le départ des %n visiteurs encore sur site ?</numerusform></translation>
    </message>
    <message>
        <source>Check out everyone</source>
        <translation>Enregistrer tous les départs</translation>
    </message>
    <message>
        <source>Visit of %1 registered.</source>
        <translation>Visite de %1 enregistrée.</translation>
    </message>
    <message>
        <source>name flagged by a manager</source>
        <translation>nom signalé par un gestionnaire</translation>
    </message>
    <message>
        <source>Watch list</source>
        <translation>Liste de vigilance</translation>
    </message>
    <message>
        <source>%1 is on the site's watch list: %2

Register anyway, following the site's procedure?</source>
        <translation>%1 figure sur la liste de vigilance du site : %2

Enregistrer malgré tout, en suivant la procédure du site ?</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Enregistrer malgré tout</translation>
    </message>
    <message>
        <source>Watch list warning for %1.</source>
        <translation>Alerte de la liste de vigilance pour %1.</translation>
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
        <source>Reason for cancelling (optional)</source>
        <translation>Motif de l'annulation (facultatif)</translation>
    </message>
    <message>
        <source>Reason for cancelling the selected booking</source>
        <translation>Motif de l'annulation de la réservation sélectionnée</translation>
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
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the selected booking to another place or time</source>
        <translation>Déplacer la réservation sélectionnée vers une autre place ou un autre horaire</translation>
    </message>
    <message>
        <source>&amp;Series…</source>
        <translation>&amp;Gérer la série…</translation>
    </message>
    <message>
        <source>Cancel or change occurrences of the selected booking's series: one, the following ones, a date range</source>
        <translation>Annuler ou modifier des occurrences de la série de la réservation sélectionnée : une seule, les suivantes, une période</translation>
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
        <source>Agent's bookings</source>
        <translation>Réservations d'un agent</translation>
    </message>
    <message>
        <source>Booking &amp;rules…</source>
        <translation>&amp;Règles de réservation…</translation>
    </message>
    <message>
        <source>View and edit the site's booking rules</source>
        <translation>Voir et modifier les règles de réservation du site</translation>
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
        <source>Select an active booking first.</source>
        <translation>Sélectionnez d'abord une réservation active.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) of the series moved.</source>
        <translation><numerusform>%n réservation de la série déplacée.</numerusform><numerusform>%n réservations de la série déplacées.</numerusform></translation>
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
    <name>CheckInDialog</name>
    <message>
        <source>Check in %1</source>
        <translation>Arrivée de %1</translation>
    </message>
    <message>
        <source>Check in a visitor</source>
        <translation>Enregistrer l'arrivée d'un visiteur</translation>
    </message>
    <message>
        <source>Confirm the identity of &lt;b&gt;%1&lt;/b&gt; (%2), %3, visiting %4.</source>
        <translation>Confirmez l'identité de &lt;b&gt;%1&lt;/b&gt; (%2), %3, reçu(e) par %4.</translation>
    </message>
    <message>
        <source>no company</source>
        <translation>sans société</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>sans hôte</translation>
    </message>
    <message>
        <source>⚠ This visitor must be escorted by the host.</source>
        <translation>⚠ Ce visiteur doit être accompagné par son hôte.</translation>
    </message>
    <message>
        <source>⚠ Watch list: %1</source>
        <translation>⚠ Liste de vigilance : %1</translation>
    </message>
    <message>
        <source>name flagged by a manager</source>
        <translation>nom signalé par un gestionnaire</translation>
    </message>
    <message>
        <source>Watch list warning</source>
        <translation>Alerte de la liste de vigilance</translation>
    </message>
    <message>
        <source>I have read the warning and follow the site's procedure</source>
        <translation>J'ai lu l'alerte et j'applique la procédure du site</translation>
    </message>
    <message>
        <source>Acknowledge the watch list warning</source>
        <translation>Prendre acte de l'alerte de la liste de vigilance</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (obligatoire)</translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation>Pièce d'identité contrôlée</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Contrôlé par</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <source>Notify the host</source>
        <translation>Prévenir l'hôte</translation>
    </message>
    <message>
        <source>Print the badge</source>
        <translation>Imprimer le badge</translation>
    </message>
    <message>
        <source>Checked &amp;by</source>
        <translation>Contrôlé &amp;par</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>Numéro de &amp;badge</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
        <source>Confirm the check-in</source>
        <translation>Confirmer l'arrivée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
</context>
<context>
    <name>ConflictEditDialog</name>
    <message>
        <source>Type the final values</source>
        <translation>Saisir les valeurs finales</translation>
    </message>
    <message>
        <source>Type the final values of the conflict</source>
        <translation>Saisir les valeurs finales du conflit</translation>
    </message>
    <message>
        <source>These fields were changed both here and on the server. Each field starts from the merged value; type the value to keep. It will be sent at the next synchronisation.</source>
        <translation>Ces champs ont été modifiés ici et sur le serveur. Chaque champ part de la valeur fusionnée ; saisissez la valeur à garder. Elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Mine: %1 — server's: %2</source>
        <translation>Ma valeur : %1 — celle du serveur : %2</translation>
    </message>
    <message>
        <source>Final value of %1</source>
        <translation>Valeur finale de %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>&amp;Send these values</source>
        <translation>&amp;Envoyer ces valeurs</translation>
    </message>
    <message>
        <source>Send these values to the server</source>
        <translation>Envoyer ces valeurs au serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without resolving</source>
        <translation>Fermer sans résoudre</translation>
    </message>
    <message>
        <source>The value of %1 is not of the right kind.</source>
        <translation>La valeur de %1 n'est pas du bon type.</translation>
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
    <name>IssueListModel</name>
    <message>
        <source>✓ No problem found</source>
        <translation>✓ Aucun problème relevé</translation>
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
        <source>Not bookable</source>
        <extracomment>Kinds a person can book; in the plan's live mode one of these without a status is not bookable.</extracomment>
        <translation>Non réservable</translation>
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
    <message>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Occupied</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
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
        <source>Badge %1 is already held by someone on site. Choose another badge.</source>
        <translation>Le badge %1 est déjà porté par une personne sur site. Choisissez un autre badge.</translation>
    </message>
    <message>
        <source>This name is on the site's watch list: %1</source>
        <translation>Ce nom figure sur la liste de vigilance du site : %1</translation>
    </message>
    <message>
        <source>This file cannot be imported: it is not a readable CSV or Excel (XLSX) list with the columns Nom and Date, or it is too large. Nothing was imported.</source>
        <translation>Ce fichier ne peut pas être importé : ce n'est pas une liste CSV ou Excel (XLSX) lisible avec les colonnes Nom et Date, ou il est trop volumineux. Rien n'a été importé.</translation>
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
    <name>MoveDialog</name>
    <message>
        <source>Moved: %1, %2, %3 – %4.</source>
        <translation>Déplacée : %1, %2, %3 – %4.</translation>
    </message>
    <message>
        <source>Move the booking of %1</source>
        <translation>Déplacer la réservation de %1</translation>
    </message>
    <message>
        <source>Move a booking</source>
        <translation>Déplacer une réservation</translation>
    </message>
    <message>
        <source>%1, %2 – %3, %4</source>
        <translation>%1, %2 – %3, %4</translation>
    </message>
    <message>
        <source>New day</source>
        <translation>Nouveau jour</translation>
    </message>
    <message>
        <source>New period</source>
        <translation>Nouvelle période</translation>
    </message>
    <message>
        <source>New start time</source>
        <translation>Nouvelle heure de début</translation>
    </message>
    <message>
        <source>New end time</source>
        <translation>Nouvelle heure de fin</translation>
    </message>
    <message>
        <source>Places free for the new period, nearest first. Enter to move there</source>
        <translation>Places libres sur la nouvelle période, les plus proches d'abord. Entrée pour y déplacer la réservation</translation>
    </message>
    <message>
        <source>Search result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Why the move was refused</source>
        <translation>Pourquoi le déplacement a été refusé</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Dé&amp;placer</translation>
    </message>
    <message>
        <source>Move the booking to the chosen place and period</source>
        <translation>Déplacer la réservation vers la place et la période choisies</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close without moving</source>
        <translation>Fermer sans déplacer</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>Pé&amp;riode :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>P&amp;laces:</source>
        <translation>P&amp;laces :</translation>
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
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
        <source>%1 (same place, new time)</source>
        <translation>%1 (même place, nouvel horaire)</translation>
    </message>
    <message>
        <source>%1 — %2 m away</source>
        <translation>%1 — à %2 m</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) free</source>
        <translation><numerusform>%n place libre</numerusform><numerusform>%n places libres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) proposed.</source>
        <translation><numerusform>%n place proposée.</numerusform><numerusform>%n places proposées.</numerusform></translation>
    </message>
    <message>
        <source>No place of this kind is free then: choose another day or period.</source>
        <translation>Aucune place de ce type n'est libre à ce moment-là : choisissez un autre jour ou une autre période.</translation>
    </message>
    <message>
        <source>Choose a place in the list.</source>
        <translation>Choisissez une place dans la liste.</translation>
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
    <name>OnSitePage</name>
    <message>
        <source>On site now</source>
        <translation>Sur site maintenant</translation>
    </message>
    <message>
        <source>People on site and remaining</source>
        <translation>Personnes sur site et restant à pointer</translation>
    </message>
    <message>
        <source>People on site now</source>
        <translation>Personnes sur site maintenant</translation>
    </message>
    <message>
        <source>Start &amp;roll call</source>
        <translation>Lancer l'&amp;appel</translation>
    </message>
    <message>
        <source>Start or stop the evacuation roll call</source>
        <translation>Lancer ou arrêter l'appel d'évacuation</translation>
    </message>
    <message>
        <source>&amp;Print the list</source>
        <translation>&amp;Imprimer la liste</translation>
    </message>
    <message>
        <source>Print the list of people on site</source>
        <translation>Imprimer la liste des personnes sur site</translation>
    </message>
    <message>
        <source>During the roll call, press Space on a name to mark the person safe.</source>
        <translation>Pendant l'appel, appuyez sur Espace sur un nom pour marquer la personne en sécurité.</translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>badge %1</source>
        <translation>badge %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>SAFE ✔ %1</source>
        <translation>EN SÉCURITÉ ✔ %1</translation>
    </message>
    <message>
        <source>Stop &amp;roll call</source>
        <translation>Arrêter l'&amp;appel</translation>
    </message>
    <message>
        <source>Roll call: %1 remaining of %2</source>
        <translation>Appel : %1 restant(s) sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) on site</source>
        <translation><numerusform>%n personne sur site</numerusform><numerusform>%n personnes sur site</numerusform></translation>
    </message>
    <message>
        <source>Safe</source>
        <translation>En sécurité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Company or unit</source>
        <translation>Société ou unité</translation>
    </message>
    <message>
        <source>Host or space</source>
        <translation>Hôte ou espace</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message numerus="yes">
        <source>On site at %1 — %n person(s)</source>
        <translation><numerusform>Sur site à %1 — %n personne</numerusform><numerusform>Sur site à %1 — %n personnes</numerusform></translation>
    </message>
    <message>
        <source>List of people on site sent to the printer.</source>
        <translation>Liste des personnes sur site envoyée à l'imprimante.</translation>
    </message>
    <message>
        <source>People on site</source>
        <translation>Personnes sur site</translation>
    </message>
    <message>
        <source>No printer on this station: list saved as %1</source>
        <translation>Aucune imprimante sur ce poste : liste enregistrée dans %1</translation>
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
        <extracomment>Called between steps by the worker; raises to stop (the task manager's `check_cancelled`). Rectangles under the backdrop (the floor's white outline), in scene units, with their pen and brush.</extracomment>
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
        <source>Resize</source>
        <translation>Redimensionner</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Déplacer</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Floor plan</source>
        <extracomment>Spaces another page asked to show, selected once their floor is on screen.</extracomment>
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
        <source>Arrows move the selection (Shift: by 1 m); Ctrl+arrows resize the one selected space; hold Alt while dragging to place freely.</source>
        <translation>Les flèches déplacent la sélection (Maj : de 1 m) ; Ctrl+flèches redimensionnent l’espace sélectionné ; maintenez Alt pendant un glisser pour placer librement.</translation>
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
        <source>Drawing, moving and resizing also snap to the corners and walls of the other spaces. Hold Alt to place freely.</source>
        <translation>Le tracé, le déplacement et le redimensionnement s’alignent aussi sur les angles et les murs des autres espaces. Maintenez Alt pour placer librement.</translation>
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
        <source>Half-day or time shown</source>
        <translation>Demi-journée ou heure affichée</translation>
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
        <source>At a time</source>
        <translation>À une heure donnée</translation>
    </message>
    <message>
        <source>Time shown</source>
        <translation>Heure affichée</translation>
    </message>
    <message>
        <source>Site closed that day</source>
        <translation>Site fermé ce jour</translation>
    </message>
    <message>
        <source>Import a plan</source>
        <translation>Importer un plan</translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg *.pdf *.dxf)</source>
        <translation>Plans (*.png *.jpg *.jpeg *.svg *.pdf *.dxf)</translation>
    </message>
    <message numerus="yes">
        <source>The plan was imported, but %n part(s) of the drawing could not be shown.</source>
        <translation><numerusform>Le plan a été importé, mais %n élément du dessin n’a pas pu être affiché.</numerusform><numerusform>Le plan a été importé, mais %n éléments du dessin n’ont pas pu être affichés.</numerusform></translation>
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
        <source>Exporting the floor…</source>
        <translation>Export de l’étage…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n’a été écrit.</translation>
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
        <source>Printing the floor…</source>
        <translation>Impression de l’étage…</translation>
    </message>
    <message>
        <source>The floor could not be printed: the printer did not accept the page. Check it and try again.</source>
        <translation>L’étage n’a pas pu être imprimé : l’imprimante n’a pas accepté la page. Vérifiez-la puis réessayez.</translation>
    </message>
    <message>
        <source>The floor was sent to the printer.</source>
        <translation>L’étage a été envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Printing cancelled: nothing was sent to the printer.</source>
        <translation>Impression annulée : rien n’a été envoyé à l’imprimante.</translation>
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
        <source>Resize</source>
        <translation>Redimensionner</translation>
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
        <source>Site closed: public holiday (%1).</source>
        <translation>Site fermé : jour férié (%1).</translation>
    </message>
    <message>
        <source>Site closed that day: no booking possible.</source>
        <translation>Site fermé ce jour : aucune réservation possible.</translation>
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
        <source>Reception sections</source>
        <translation>Rubriques de l'accueil</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd'hui</translation>
    </message>
    <message>
        <source>On &amp;site / evacuation</source>
        <translation>Sur &amp;site / évacuation</translation>
    </message>
    <message>
        <source>&amp;Management</source>
        <translation>&amp;Gestion</translation>
    </message>
    <message>
        <source>Reception messages</source>
        <translation>Messages de l'accueil</translation>
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
    <name>RulesDialog</name>
    <message>
        <source>Booking rules</source>
        <extracomment>Whole-number fields: (rule field, largest value the core accepts). A spin box at its minimum shows "Inherited" and means None. (space_kind, space_id, space name) of each scope in the list. The kind of each space with (or getting) its own rule: the kind's rule is the wider one.</extracomment>
        <translation>Règles de réservation</translation>
    </message>
    <message>
        <source>Booking rules of the site</source>
        <translation>Règles de réservation du site</translation>
    </message>
    <message>
        <source>Rules: the site's, then each kind's, then spaces with their own rule. A narrower rule wins</source>
        <translation>Règles : celle du site, puis celle de chaque type, puis les espaces qui ont leur propre règle. La règle la plus précise l'emporte</translation>
    </message>
    <message>
        <source>Space name, e.g. salle vauban</source>
        <translation>Nom de l'espace, par ex. salle vauban</translation>
    </message>
    <message>
        <source>Find a space to give it its own rule</source>
        <translation>Trouver un espace pour lui donner sa propre règle</translation>
    </message>
    <message>
        <source>Spaces found. Enter to edit the space's own rule</source>
        <translation>Espaces trouvés. Entrée pour modifier la règle propre de l'espace</translation>
    </message>
    <message>
        <source>Remo&amp;ve this rule</source>
        <translation>Supprimer &amp;cette règle</translation>
    </message>
    <message>
        <source>Remove the chosen kind's or space's own rule: the wider rule applies again</source>
        <translation>Supprimer la règle propre du type ou de l'espace choisi : la règle plus large s'applique de nouveau</translation>
    </message>
    <message>
        <source>Own rule &amp;for a space:</source>
        <translation>Règle propre d'un &amp;espace :</translation>
    </message>
    <message>
        <source>Booking unit</source>
        <translation>Unité de réservation</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Hérité</translation>
    </message>
    <message>
        <source>Half-days (morning / afternoon)</source>
        <translation>Demi-journées (matin / après-midi)</translation>
    </message>
    <message>
        <source>Whole days</source>
        <translation>Journées entières</translation>
    </message>
    <message>
        <source>Time slots of 15 minutes</source>
        <translation>Créneaux de 15 minutes</translation>
    </message>
    <message>
        <source>Opening time (HH:MM), empty to inherit</source>
        <translation>Heure d'ouverture (HH:MM), vide pour hériter</translation>
    </message>
    <message>
        <source>Closing time (HH:MM), empty to inherit</source>
        <translation>Heure de fermeture (HH:MM), vide pour hériter</translation>
    </message>
    <message>
        <source>Own closed days</source>
        <translation>Jours de fermeture propres</translation>
    </message>
    <message>
        <source>This rule sets its own closed days (otherwise inherited)</source>
        <translation>Cette règle fixe ses propres jours de fermeture (sinon hérités)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Fermé le %1</translation>
    </message>
    <message>
        <source>Maximum advance (days)</source>
        <translation>Réservation au plus tôt (jours à l'avance)</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Maximum duration (minutes)</source>
        <translation>Durée maximale (minutes)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum active bookings per agent</source>
        <translation>Réservations actives au plus par agent</translation>
    </message>
    <message>
        <source>Cancellation cut-off before the start (minutes)</source>
        <translation>Délai d'annulation avant le début (minutes)</translation>
    </message>
    <message>
        <source>No-show release after the start (minutes)</source>
        <translation>Libération des absents après le début (minutes)</translation>
    </message>
    <message>
        <source>Guests allowed</source>
        <translation>Invités autorisés</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Autorisés</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Interdits</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Opening:</source>
        <translation>&amp;Ouverture :</translation>
    </message>
    <message>
        <source>&amp;Closing:</source>
        <translation>&amp;Fermeture :</translation>
    </message>
    <message>
        <source>Closed weekdays</source>
        <translation>Jours de fermeture</translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation>&amp;Invités :</translation>
    </message>
    <message>
        <source>Result of saving the rule</source>
        <translation>Résultat de l'enregistrement de la règle</translation>
    </message>
    <message>
        <source>&amp;Save this rule</source>
        <translation>E&amp;nregistrer cette règle</translation>
    </message>
    <message>
        <source>Save the rule shown</source>
        <translation>Enregistrer la règle affichée</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the booking rules</source>
        <translation>Fermer les règles de réservation</translation>
    </message>
    <message>
        <source>Space: %1</source>
        <translation>Espace : %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Whole site</source>
        <translation>Tout le site</translation>
    </message>
    <message>
        <source>half-days</source>
        <translation>demi-journées</translation>
    </message>
    <message>
        <source>whole days</source>
        <translation>journées entières</translation>
    </message>
    <message>
        <source>15-minute slots</source>
        <translation>créneaux de 15 minutes</translation>
    </message>
    <message>
        <source>Inherited (%1)</source>
        <translation>Hérité (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>autorisés</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>interdits</translation>
    </message>
    <message>
        <source>Fields left inherited follow the wider rule.</source>
        <translation>Les champs laissés « Hérité » suivent la règle plus large.</translation>
    </message>
    <message>
        <source>Fields left inherited: open every day but public holidays, all day, no limit.</source>
        <translation>Champs laissés « Hérité » : ouvert tous les jours sauf fériés, toute la journée, sans limite.</translation>
    </message>
    <message>
        <source>Rule saved. It applies to new bookings and moves.</source>
        <translation>Règle enregistrée. Elle s'applique aux nouvelles réservations et aux déplacements.</translation>
    </message>
    <message>
        <source>Rule removed: the wider rule applies again.</source>
        <translation>Règle supprimée : la règle plus large s'applique de nouveau.</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Maximum advance</source>
        <translation>Réservation au plus tôt</translation>
    </message>
    <message>
        <source>Maximum duration</source>
        <translation>Durée maximale</translation>
    </message>
    <message>
        <source>Cancellation cut-off</source>
        <translation>Délai d'annulation</translation>
    </message>
    <message>
        <source>No-show release</source>
        <translation>Libération des absents</translation>
    </message>
    <message>
        <source>%1: write the time as HH:MM, e.g. 08:30.</source>
        <translation>%1 : écrivez l'heure au format HH:MM, par ex. 08:30.</translation>
    </message>
    <message>
        <source>%1: times are on the quarter hour (00, 15, 30 or 45).</source>
        <translation>%1 : les heures tombent au quart d'heure (00, 15, 30 ou 45).</translation>
    </message>
    <message>
        <source>The closing time must come after the opening time.</source>
        <translation>L'heure de fermeture doit venir après l'heure d'ouverture.</translation>
    </message>
    <message>
        <source>%1: unknown day.</source>
        <translation>%1 : jour inconnu.</translation>
    </message>
    <message>
        <source>The site cannot be closed every day of the week.</source>
        <translation>Le site ne peut pas être fermé tous les jours de la semaine.</translation>
    </message>
    <message>
        <source>%1: the value must be between 0 and %2.</source>
        <translation>%1 : la valeur doit être comprise entre 0 et %2.</translation>
    </message>
    <message>
        <source>%1: zero would forbid every booking; leave it inherited for no limit.</source>
        <translation>%1 : zéro interdirait toute réservation ; laissez « Hérité » pour ne pas fixer de limite.</translation>
    </message>
    <message>
        <source>%1: unknown unit.</source>
        <translation>%1 : unité inconnue.</translation>
    </message>
    <message>
        <source>The site's rule cannot be removed; leave its fields inherited instead.</source>
        <translation>La règle du site ne peut pas être supprimée ; laissez plutôt ses champs « Hérité ».</translation>
    </message>
</context>
<context>
    <name>SeriesDialog</name>
    <message>
        <source>Recurring booking of %1</source>
        <extracomment>(what was done: "cancel" or "change_time", how many occurrences)</extracomment>
        <translation>Réservation récurrente de %1</translation>
    </message>
    <message>
        <source>Change or cancel a recurring booking</source>
        <translation>Modifier ou annuler une réservation récurrente</translation>
    </message>
    <message>
        <source>%1 — occurrence of %2</source>
        <translation>%1 — occurrence du %2</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Cancel occurrences</source>
        <translation>Annuler des occurrences</translation>
    </message>
    <message>
        <source>Change the time</source>
        <translation>Changer l'horaire</translation>
    </message>
    <message>
        <source>&amp;Only this occurrence</source>
        <translation>&amp;Seulement cette occurrence</translation>
    </message>
    <message>
        <source>This and the &amp;following ones</source>
        <translation>Celle-ci et les su&amp;ivantes</translation>
    </message>
    <message>
        <source>The occurrences of a &amp;date range (holidays)</source>
        <translation>Les occurrences d'une &amp;période (congés)</translation>
    </message>
    <message>
        <source>The &amp;whole series</source>
        <translation>&amp;Toute la série</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif de l'annulation</translation>
    </message>
    <message>
        <source>e.g. holidays</source>
        <translation>par ex. congés</translation>
    </message>
    <message>
        <source>New start time</source>
        <translation>Nouvelle heure de début</translation>
    </message>
    <message>
        <source>New end time</source>
        <translation>Nouvelle heure de fin</translation>
    </message>
    <message>
        <source>Why the change was refused</source>
        <translation>Pourquoi la modification a été refusée</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Apply to the chosen occurrences</source>
        <translation>Appliquer aux occurrences choisies</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close without changing the series</source>
        <translation>Fermer sans modifier la série</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>Un&amp;til:</source>
        <translation>&amp;Jusqu'au :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>New &amp;start:</source>
        <translation>Nouveau &amp;début :</translation>
    </message>
    <message>
        <source>New &amp;end:</source>
        <translation>Nouvelle &amp;fin :</translation>
    </message>
    <message>
        <source>The last day of the range comes before the first.</source>
        <translation>Le dernier jour de la période précède le premier.</translation>
    </message>
    <message>
        <source>The end must come after the start.</source>
        <translation>La fin doit venir après le début.</translation>
    </message>
    <message>
        <source>Refused for the occurrence of %1:</source>
        <translation>Refusé pour l'occurrence du %1 :</translation>
    </message>
</context>
<context>
    <name>SpaceListModel</name>
    <message>
        <source>Space</source>
        <extracomment>Shown column -&gt; index in `columns_of`'s answer.</extracomment>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
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
    <name>SyncController</name>
    <message>
        <source>● Offline — not configured</source>
        <extracomment>After a failure, try again this soon anyway (the watcher usually notices the connection first). At most this many progress signals a second reach the UI thread. A short state for the status bar. A sync finished: (report or None, error or None).</extracomment>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Type the final values and send them</source>
        <translation>Saisir les valeurs finales et les envoyer</translation>
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
<context>
    <name>VisitFormDialog</name>
    <message>
        <source>Walk-in visitor</source>
        <translation>Visiteur sans rendez-vous</translation>
    </message>
    <message>
        <source>Register a visit</source>
        <translation>Enregistrer une visite</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Host agent</source>
        <translation>Agent hôte</translation>
    </message>
    <message>
        <source>(no host)</source>
        <translation>(sans hôte)</translation>
    </message>
    <message>
        <source>Visitor category</source>
        <translation>Catégorie de visiteur</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Last name *</source>
        <translation>&amp;Nom *</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <source>&amp;Host</source>
        <translation>&amp;Hôte</translation>
    </message>
    <message>
        <source>Cat&amp;egory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>Escort required</source>
        <translation>Accompagnement obligatoire</translation>
    </message>
    <message>
        <source>ID check required</source>
        <translation>Contrôle d'identité obligatoire</translation>
    </message>
    <message>
        <source>Badge number</source>
        <translation>Numéro de badge</translation>
    </message>
    <message>
        <source>Identity document checked</source>
        <translation>Pièce d'identité contrôlée</translation>
    </message>
    <message>
        <source>Checked by</source>
        <translation>Contrôlé par</translation>
    </message>
    <message>
        <source>&amp;Badge number</source>
        <translation>Numéro de &amp;badge</translation>
    </message>
    <message>
        <source>Checked b&amp;y</source>
        <translation>Contrôlé pa&amp;r</translation>
    </message>
    <message>
        <source>Expected date and time</source>
        <translation>Date et heure prévues</translation>
    </message>
    <message>
        <source>E&amp;xpected at</source>
        <translation>A&amp;ttendu le</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Only the minimum is recorded: no identity document number.</source>
        <translation>Seul le strict nécessaire est enregistré : aucun numéro de pièce d'identité.</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l'arrivée</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
</TS>