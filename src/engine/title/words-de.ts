import type { TitleWords } from "./title-word.js";

/*
 * German title words, in the masculine and feminine forms ("Leiter", "Leiterin"). Each is also
 * matched in its ASCII spelling ("Geschaeftsfuehrer"). German writes many titles as one word
 * ("Vertriebsleiter", "Softwareentwickler"); GERMAN_COMPOUND_ENDS lists the words such a compound
 * may end with, and the matcher reads the part before it as a word of its own.
 */

export const GERMAN_WORDS: readonly TitleWords[] = [
  { seniority: "owner", department: "executive", words: ["Inhaber", "Inhaberin", "Gründer", "Gründerin", "Mitgründer", "Mitgründerin", "Mitbegründer", "Mitbegründerin", "Gesellschafter", "Gesellschafterin", "Geschäftsführender Gesellschafter", "Geschäftsführende Gesellschafterin"] },
  { seniority: "owner", words: ["Selbstständig", "Selbständig", "Freiberufler", "Freiberuflerin"] },
  { seniority: "cxo", department: "executive", words: ["Geschäftsführer", "Geschäftsführerin", "Geschäftsführung", "Geschäftsführend", "Geschäftsführender", "Geschäftsführende", "Geschäftsleitung", "Vorstand", "Vorständin", "Vorstandsvorsitzender", "Vorstandsvorsitzende", "Vorstandsmitglied", "Vorstands", "Vorstandes", "Vorsitzender der Geschäftsführung"] },
  { seniority: "vp", words: ["Vizepräsident", "Vizepräsidentin", "Bereichsleiter", "Bereichsleiterin", "Bereichsleitung"] },
  { seniority: "director", words: ["Leiter", "Leiterin", "Leitung", "Abteilungsleiter", "Abteilungsleiterin", "Abteilungsleitung", "Direktor", "Direktorin", "Hauptabteilungsleiter", "Hauptabteilungsleiterin"] },
  { seniority: "manager", words: ["Teamleiter", "Teamleiterin", "Teamleitung", "Gruppenleiter", "Gruppenleiterin", "Gruppenleitung", "Filialleiter", "Filialleiterin", "Schichtleiter", "Schichtleiterin", "Managerin", "Verantwortlicher", "Verantwortliche"] },
  { seniority: "manager", department: "operations", implied: true, words: ["Projektleiter", "Projektleiterin", "Projektleitung"] },
  { seniority: "senior", words: ["Leitender", "Leitende"] },
  { seniority: "senior", department: "engineering", implied: true, job: true, words: ["Architekt", "Architektin"] },
  { seniority: "entry", words: ["Koordinator", "Koordinatorin"] },
  { seniority: "entry", cap: "assistant", words: ["Assistent", "Assistentin", "Assistenz"] },
  { seniority: "intern", cap: "intern", words: ["Praktikant", "Praktikantin", "Werkstudent", "Werkstudentin", "Auszubildender", "Auszubildende", "Azubi", "Volontär", "Volontärin"] },
  { job: true, words: ["Mitarbeiter", "Mitarbeiterin", "Sachbearbeiter", "Sachbearbeiterin", "Referent", "Referentin", "Berater", "Beraterin", "Spezialist", "Spezialistin", "Kaufmann", "Kauffrau", "Techniker", "Technikerin", "Betreuer", "Betreuerin", "Beauftragter", "Beauftragte", "Analystin", "Fachkraft", "Sekretär", "Sekretärin"] },
  { department: "engineering", words: ["Entwicklung", "Forschung und Entwicklung", "Softwareentwicklung"] },
  { department: "engineering", implied: true, job: true, words: ["Entwickler", "Entwicklerin", "Ingenieur", "Ingenieurin", "Programmierer", "Programmiererin"] },
  { department: "engineering", implied: true, words: ["Technischer", "Technische", "Technik"] },
  { department: "it", words: ["EDV", "Informatik", "Informationstechnik", "IT-Abteilung"] },
  { department: "it", job: true, words: ["Informatiker", "Informatikerin", "Systemadministrator", "Systemadministratorin"] },
  { department: "data", words: ["Daten", "Datenanalyse"] },
  { department: "security", words: ["Sicherheit", "Informationssicherheit", "IT-Sicherheit", "Cybersicherheit"] },
  { department: "product", words: ["Produkt", "Produktmanagement"] },
  { department: "design", job: true, words: ["Gestalter", "Gestalterin", "Mediengestalter", "Mediengestalterin", "Grafiker", "Grafikerin"] },
  { department: "marketing", words: ["Kommunikation", "Unternehmenskommunikation", "Öffentlichkeitsarbeit", "Werbung"] },
  { department: "sales", words: ["Vertrieb", "Verkauf", "Außendienst", "Innendienst"] },
  { department: "sales", job: true, words: ["Verkäufer", "Verkäuferin", "Vertriebler", "Vertrieblerin"] },
  { department: "customer-success", words: ["Kundenservice", "Kundendienst", "Kundenbetreuung", "Kundensupport", "Kunden"] },
  { department: "customer-success", job: true, words: ["Kundenbetreuer", "Kundenbetreuerin", "Kundenberater", "Kundenberaterin"] },
  { department: "finance", words: ["Finanzen", "Finanz", "Buchhaltung", "Finanzbuchhaltung", "Controlling", "Rechnungswesen", "Steuern"] },
  { department: "finance", implied: true, words: ["Kaufmännischer", "Kaufmännische"] },
  { department: "finance", job: true, words: ["Buchhalter", "Buchhalterin", "Controllerin"] },
  { department: "hr", words: ["Personal", "Personalwesen", "Personalabteilung", "Personalentwicklung"] },
  { department: "operations", words: ["Logistik", "Produktion", "Betrieb", "Qualität", "Qualitätsmanagement", "Verwaltung"] },
  { department: "operations", implied: true, words: ["Projekt", "Projekte"] },
  { department: "legal", words: ["Recht", "Rechtsabteilung", "Datenschutz"] },
  { department: "legal", job: true, words: ["Justiziar", "Justiziarin", "Justitiar", "Justitiarin", "Syndikus", "Syndikusrechtsanwalt", "Rechtsanwalt", "Rechtsanwältin", "Jurist", "Juristin"] },
  { department: "procurement", words: ["Einkauf", "Beschaffung"] },
  { department: "procurement", job: true, words: ["Einkäufer", "Einkäuferin"] },
];

/**
 * Words a German compound title may end with ("Vertriebs|leiter", "Software|entwickler",
 * "Personal|referentin"); each is also a word of the table. The part before it is looked up as a
 * word too, with a linking "s" dropped ("Vertriebs" is "Vertrieb").
 */
export const GERMAN_COMPOUND_ENDS: readonly string[] = [
  "leiter", "leiterin", "leitung", "direktor", "direktorin", "manager", "managerin", "vorstand",
  "entwickler", "entwicklerin", "ingenieur", "ingenieurin", "architekt", "architektin",
  "berater", "beraterin", "referent", "referentin", "mitarbeiter", "mitarbeiterin",
  "sachbearbeiter", "sachbearbeiterin", "spezialist", "spezialistin", "assistent", "assistentin",
  "assistenz", "kaufmann", "kauffrau", "techniker", "technikerin", "betreuer", "betreuerin",
  "beauftragter", "beauftragte", "praktikant", "praktikantin", "analyst", "analystin",
  "administrator", "controller", "designer", "gestalter", "gestalterin", "einkaufer", "einkauferin",
  "buchhalter", "buchhalterin", "informatiker", "informatikerin", "innendienst", "aussendienst",
];
