"""Vocabulary of the generated sites: French names, military units, rooms, companies, purposes.

Plain tuples, so the generator's draws depend only on the seed and on the order written here:
appending to a list changes later draws, which is fine; nothing persists the draws.
"""

from __future__ import annotations

#: Accented names come first so that even a short draw shows the accent-insensitive search at work.
FIRST_NAMES: tuple[str, ...] = (
    "Hélène", "François", "Zoé", "Loïc", "Amélie", "Jérôme", "Chloé", "Benoît", "Cécile", "Frédéric",
    "Gaëlle", "Raphaël", "Élodie", "Stéphane", "Maëlle", "Noël", "Agnès", "Hervé", "Inès", "Clément",
    "Léa", "Sébastien", "Aurélie", "Grégoire", "Valérie", "Rémi", "Noémie", "Joël", "Anaïs", "Gwénaël",
    "Thérèse", "Éric", "Mathéo", "Céline", "Jérémy", "Léon", "Bérénice", "Aurélien", "Ségolène", "Adélaïde",
    "Camille", "Julien", "Marie", "Pierre", "Nicolas", "Sophie", "Isabelle", "Thomas", "Antoine", "Claire",
    "Laurent", "Nathalie", "Olivier", "Pauline", "Guillaume", "Manon", "Hugo", "Emma", "Lucas", "Louise",
    "Arthur", "Jeanne", "Yannick", "Soizic", "Maxime", "Charlotte", "Vincent", "Sandrine", "Mathieu", "Lucie",
    "Alexandre", "Caroline", "Romain", "Audrey", "Damien", "Émilie", "Xavier", "Karine", "Yves", "Marion",
)

LAST_NAMES: tuple[str, ...] = (
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau",
    "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier",
    "Morel", "Girard", "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Martinez", "Legrand",
    "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel", "Nicolas", "Perrin",
    "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine", "Chevalier", "Robin", "Masson",
    "Sanchez", "Gérard", "Nguyen", "Boyer", "Denis", "Lemaire", "Duval", "Joly", "Gautier", "Roger",
    "Roche", "Roy", "Noël", "Meyer", "Lucas", "Meunier", "Jean", "Pérez", "Marchand", "Dufour",
    "Blanchard", "Brun", "Barbier", "Hoarau", "Le Goff", "Le Gall", "Lécuyer", "Béranger", "Pélissier", "Thévenin",
    "Caron", "Giraud", "Aubert", "Brunet", "Schmitt", "Colin", "Vidal", "Renard", "Lemoine", "Picard",
    "Dumas", "Leclerc", "Huet", "Bouvier", "Prévost", "Carré", "Besnard", "Hébert", "Delacroix", "Kerjean",
)

#: Directorates and services of the ministry whose staff book places on a Paris site.
UNITS: tuple[str, ...] = (
    "DIRISI", "SGA", "EMA", "DGA", "SCA", "SSA", "DRHAT", "BdD Paris", "DRSD", "DGRIS", "DICoD", "DGNUM",
)

#: Personalities giving their names to meeting rooms (as on most French military sites).
ROOM_NAMES: tuple[str, ...] = (
    "Monge", "Vauban", "Carnot", "Lyautey", "Foch", "Joffre", "Leclerc", "De Lattre", "Koenig", "Bir Hakeim",
    "Valmy", "Austerlitz", "Suffren", "Surcouf", "Guynemer", "Mermoz", "Bayard", "Turenne", "Du Guesclin",
    "Clemenceau", "Marceau", "Kléber", "Hoche", "Lannes", "Murat", "Jeanne d'Arc", "Lapérouse", "Bougainville",
    "Saint-Exupéry", "Garros", "Brossolette", "Moulin", "Éboué", "Gallieni", "Bugeaud", "Davout", "Masséna",
)

COMPANIES: tuple[str, ...] = (
    "Thales", "Naval Group", "Safran", "Sopra Steria", "Capgemini", "MBDA", "Dassault Aviation",
    "Airbus Defence and Space", "KNDS France", "Arquus", "Atos", "Nexter", "Bureau Veritas", "Orange Business",
)

#: Purposes of visits, by visitor category (see `VisitorCategory`).
VISIT_PURPOSES: dict[str, tuple[str, ...]] = {
    "visitor": (
        "Réunion de suivi de programme", "Revue de jalon", "Présentation d'une offre", "Atelier d'expression de besoin",
    ),
    "contractor": (
        "Maintenance des équipements de visioconférence", "Intervention sur le réseau informatique",
        "Audit de sécurité des systèmes d'information", "Entretien des installations de climatisation",
    ),
    "official": ("Visite d'inspection", "Visite officielle de l'état-major", "Réunion interministérielle"),
    "delivery": ("Livraison de matériel informatique", "Livraison de mobilier", "Livraison de fournitures"),
    "candidate": ("Entretien de recrutement", "Entretien de mobilité", "Journée d'intégration"),
}

#: Visitors' companies when they do not come from industry.
OFFICIAL_BODIES: tuple[str, ...] = (
    "Contrôle général des armées", "Cour des comptes", "Préfecture de police", "Ministère de l'Intérieur",
)
CARRIERS: tuple[str, ...] = ("Chronopost", "DHL Express", "Geodis", "UPS")

CANCEL_REASONS: tuple[str, ...] = (
    "Télétravail", "Mission", "Congé", "Réunion annulée", "Formation", "Arrêt maladie", "Changement de programme",
)

OUT_OF_SERVICE_REASONS: tuple[str, ...] = (
    "Remplacement du vidéoprojecteur",
    "Poste de travail en réparation",
    "Travaux de peinture",
    "Dégât des eaux : intervention en cours",
)

#: The e-mail domain of the ministry's intranet.
EMAIL_DOMAIN = "intradef.gouv.fr"
