import type { TitleWords } from "./title-word.js";

/*
 * French title words, masculine and feminine forms; accents are optional when matching. Words
 * spelled as in English or German once folded ("Opérations", "Ingénieur", "Communication") are
 * listed there only.
 */

export const FRENCH_WORDS: readonly TitleWords[] = [
  { seniority: "owner", department: "executive", words: ["Fondateur", "Fondatrice", "Cofondateur", "Cofondatrice", "Co-fondateur", "Co-fondatrice", "Propriétaire", "Associé", "Associée", "Associé fondateur", "Associée fondatrice"] },
  { seniority: "cxo", department: "executive", words: ["PDG", "P.-D.G.", "DG", "Directeur général", "Directrice générale", "Président-directeur général", "Présidente-directrice générale", "Direction générale", "Gérant", "Gérante"] },
  { seniority: "director", department: "hr", words: ["DRH"] },
  { seniority: "director", department: "it", words: ["DSI"] },
  { seniority: "director", department: "finance", words: ["DAF", "Directeur administratif et financier", "Directrice administrative et financière"] },
  { seniority: "manager", department: "security", words: ["RSSI"] },
  { seniority: "vp", words: ["Vice-présidente"] },
  { seniority: "director", words: ["Directeur", "Directrice", "Directeur adjoint", "Directrice adjointe", "Chef de service"] },
  { seniority: "manager", words: ["Responsable", "Chef", "Cheffe", "Chef d'équipe", "Cheffe d'équipe", "Superviseur", "Superviseuse", "Encadrant", "Encadrante"] },
  { seniority: "manager", department: "operations", implied: true, words: ["Chef de projet", "Cheffe de projet", "Chef de projets"] },
  { seniority: "manager", department: "product", words: ["Chef de produit", "Cheffe de produit"] },
  { seniority: "manager", department: "marketing", words: ["Chef de produit marketing", "Cheffe de produit marketing"] },
  { seniority: "senior", words: ["Confirmé", "Confirmée", "Expérimenté", "Expérimentée"] },
  { seniority: "senior", department: "engineering", implied: true, job: true, words: ["Architecte"] },
  { seniority: "entry", words: ["Coordinateur", "Coordinatrice", "Débutant", "Débutante"] },
  { seniority: "entry", cap: "assistant", words: ["Assistante"] },
  { seniority: "entry", department: "executive", cap: "assistant", words: ["Assistant de direction", "Assistante de direction", "Secrétaire de direction"] },
  { seniority: "intern", cap: "intern", words: ["Stagiaire", "Alternant", "Alternante", "Apprenti", "Apprentie", "Étudiant", "Étudiante"] },
  { job: true, words: ["Chargé", "Chargée", "Chargé de mission", "Chargée de mission", "Conseiller", "Conseillère", "Consultante", "Gestionnaire", "Technicien", "Technicienne", "Analyste", "Spécialiste", "Employé", "Collaborateur", "Collaboratrice", "Secrétaire"] },
  { department: "engineering", implied: true, job: true, words: ["Ingénieure", "Développeur", "Développeuse", "Programmeur", "Programmeuse"] },
  { department: "engineering", implied: true, words: ["Technique", "Technologie", "Technologies"] },
  { department: "engineering", words: ["Logiciel", "Logiciels", "Recherche et développement", "Développement logiciel"] },
  { department: "it", words: ["Informatique", "Systèmes d'information", "Système d'information", "SI"] },
  { department: "data", words: ["Données"] },
  { department: "security", words: ["Sécurité", "Cybersécurité"] },
  { department: "product", words: ["Produit", "Produits"] },
  { department: "design", job: true, words: ["Graphiste", "Designeuse"] },
  { department: "marketing", words: ["Relations presse"] },
  { department: "sales", words: ["Ventes", "Vente", "Affaires", "Grands comptes"] },
  { department: "sales", job: true, words: ["Commerciale", "Vendeur", "Vendeuse", "Ingénieur commercial", "Ingénieure commerciale", "Ingénieur d'affaires", "Ingénieure d'affaires", "Chargé d'affaires", "Chargée d'affaires", "Attaché commercial", "Attachée commerciale"] },
  { department: "customer-success", words: ["Support client", "Service client", "Relation client", "Satisfaction client", "Clients", "Client"] },
  { department: "finance", words: ["Finances", "Financier", "Financière", "Comptabilité", "Trésorerie", "Contrôle de gestion", "Fiscalité"] },
  { department: "finance", job: true, words: ["Comptable", "Contrôleur de gestion", "Contrôleuse de gestion", "Trésorier", "Trésorière"] },
  { department: "hr", words: ["Ressources humaines", "RH", "Recrutement", "Paie"] },
  { department: "hr", job: true, words: ["Recruteur", "Recruteuse"] },
  { department: "operations", words: ["Logistique", "Qualité", "Exploitation", "Services généraux"] },
  { department: "operations", implied: true, words: ["Projet", "Projets"] },
  { department: "legal", words: ["Juridique", "Conformité", "Droit"] },
  { department: "legal", job: true, words: ["Juriste", "Avocat", "Avocate", "Notaire"] },
  { department: "procurement", words: ["Achats", "Achat", "Approvisionnement", "Approvisionnements"] },
  { department: "procurement", job: true, words: ["Acheteur", "Acheteuse"] },
];
