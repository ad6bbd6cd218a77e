import type { TitleWords } from "./title-word.js";

/*
 * English title words. Rows with phrases that contain a shorter row's word come first where the
 * meaning differs ("Product Owner" is not an owner, "Account Executive" not an executive); the
 * matcher takes the longest phrase at each place anyway, so order only matters for duplicates.
 */

/** Phrases that mean something other than their words: exceptions to the rows after them. */
export const ENGLISH_EXCEPTIONS: readonly TitleWords[] = [
  // "X Owner" is a role in a process, not a business owner.
  { department: "product", job: true, words: ["Product Owner"] },
  { job: true, words: ["Process Owner", "Account Owner", "Project Owner", "Data Owner", "Service Owner", "System Owner", "Platform Owner", "Content Owner", "Business Partner"] },
  // "Executive" as a job noun is a sales or marketing individual contributor in British usage.
  { department: "sales", job: true, words: ["Account Executive", "AE", "Sales Development Representative", "SDR", "BDR", "Business Developer", "Solutions Engineer", "Solution Engineer", "Solutions Consultant", "Sales Engineer"] },
  { seniority: "entry", department: "executive", cap: "assistant", words: ["Executive Assistant", "Personal Assistant"] },
  { seniority: "entry", department: "operations", cap: "assistant", words: ["Administrative Assistant", "Admin Assistant"] },
  { seniority: "cxo", department: "executive", words: ["Chief Executive", "Chief Executive Officer", "Executive Chairman", "Executive Chairwoman", "Executive Officer", "C-Level", "C-Suite"] },
  { seniority: "director", department: "executive", words: ["Executive Director", "Chief of Staff", "General Manager", "GM"] },
  { seniority: "cxo", department: "executive", words: ["Managing Director", "Board Member", "Member of the Board", "Board of Directors", "Board Director", "Non-Executive Director", "Chairman of the Board", "Chair of the Board"] },
  { seniority: "cxo", department: "legal", words: ["General Counsel"] },
  { seniority: "senior", department: "legal", words: ["Associate General Counsel", "Assistant General Counsel"] },
  // "Assistant" before a level word qualifies the level ("Assistant Manager" manages).
  { seniority: "manager", words: ["Assistant Manager"] },
  { seniority: "director", words: ["Assistant Director", "Associate Partner"] },
  { seniority: "vp", words: ["Assistant Vice President", "Assistant VP"] },
  { seniority: "entry", department: "product", words: ["Associate Product Manager", "APM"] },
  { seniority: "entry", department: "finance", job: true, words: ["Staff Accountant"] },
  { seniority: "entry", job: true, words: ["Staff Nurse", "Staff Writer", "Staff Member", "Team Member"] },
  { seniority: "manager", words: ["Team Lead", "Team Leader", "Teamlead"] },
  { department: "marketing", words: ["Lead Generation", "Lead Gen", "Product Marketing", "Partner Marketing", "Account Based Marketing", "Media Buyer"] },
  { seniority: "manager", department: "sales", words: ["Partner Manager", "Partner Account Manager", "KAM"] },
  { seniority: "manager", department: "procurement", words: ["Category Manager"] },
  { seniority: "manager", department: "customer-success", words: ["Technical Account Manager", "TAM", "CSM"] },
  { seniority: "manager", department: "marketing", words: ["PMM"] },
  { seniority: "manager", department: "engineering", words: ["TPM"] },
  { seniority: "manager", words: ["PM"] },
  { seniority: "manager", department: "operations", words: ["Office Manager"] },
  { department: "operations", job: true, words: ["Office Administrator", "Receptionist", "Front Desk"] },
  { seniority: "entry", department: "operations", cap: "assistant", words: ["Office Assistant"] },
  { seniority: "manager", department: "executive", words: ["Country Manager"] },
  { seniority: "director", department: "executive", words: ["Country Director", "Country Head"] },
  { seniority: "intern", cap: "intern", words: ["Summer Analyst", "Summer Associate"] },
  { seniority: "owner", department: "executive", words: ["Founding Partner", "Managing Partner", "Senior Partner", "General Partner", "Equity Partner"] },
  { seniority: "senior", department: "it", job: true, words: ["Enterprise Architect"] },
  { department: "design", job: true, words: ["Product Designer", "Product Design", "Brand Designer", "UX Researcher", "User Researcher"] },
  { department: "it", words: ["IT Support", "Technical Support", "Tech Support", "Desktop Support", "IT Operations", "IT Ops", "Information Technology", "Information Systems", "Data Center", "Help Desk", "Helpdesk", "Service Desk", "Enterprise Applications", "Business Applications", "Business Systems"] },
  { department: "it", job: true, words: ["Systems Administrator", "System Administrator", "Sysadmin", "Database Administrator", "DBA"] },
  { department: "security", words: ["IT Security", "Information Security", "Cyber Security", "Cybersecurity", "Penetration Testing", "Application Security", "AppSec", "InfoSec", "SOC"] },
  { department: "security", job: true, words: ["Penetration Tester", "Pentester"] },
  { department: "data", words: ["Data Engineering", "Data Science", "Machine Learning", "Artificial Intelligence", "Business Intelligence", "BI", "ML", "AI", "Analytics"] },
  { seniority: "manager", department: "legal", words: ["Contract Manager"] },
  { department: "legal", job: true, words: ["Contract Administrator", "Contract Specialist"] },
  { department: "legal", words: ["Contract Management", "Data Protection", "Data Privacy", "Intellectual Property", "Regulatory Affairs", "DPO"] },
  { department: "finance", words: ["Accounts Payable", "Accounts Receivable", "Account Payable", "Account Receivable", "Investor Relations", "FP&A", "Internal Audit", "Corporate Development", "M&A", "Mergers and Acquisitions", "Mergers & Acquisitions"] },
  { department: "marketing", words: ["Public Relations", "PR", "Social Media", "Demand Generation", "Demand Gen", "Digital Marketing", "Field Marketing", "Growth Marketing", "Content Marketing", "SEO", "SEM", "PPC", "Copywriting"] },
  { department: "sales", words: ["Business Development", "Sales Development", "BizDev", "Biz Dev", "BD", "Inside Sales", "Field Sales", "Key Account", "Revenue Operations", "RevOps", "Sales Operations", "Pre-Sales", "Presales", "Channel Partner"] },
  { department: "hr", words: ["Human Resources", "Talent Acquisition", "Learning and Development", "Learning & Development", "L&D", "Organizational Development", "Organisational Development", "Total Rewards", "Employee Experience", "People Operations", "HRBP", "Executive Search", "Employee Relations", "Labor Relations", "Labour Relations", "Industrial Relations"] },
  { department: "customer-success", words: ["Customer Success", "Customer Experience", "Customer Support", "Customer Service", "Customer Care", "Client Services", "Client Service", "Client Success", "CX"] },
  { department: "engineering", words: ["Research and Development", "Research & Development", "R&D", "Site Reliability", "Quality Assurance", "QA", "Full Stack", "Fullstack", "Front End", "Frontend", "Back End", "Backend", "Software Development", "Web Development"] },
  { department: "engineering", job: true, words: ["Scrum Master", "Agile Coach"] },
  { department: "operations", words: ["Supply Chain", "Business Operations", "BizOps", "Health and Safety", "Field Service", "PMO"] },
  { department: "product", words: ["Product Development", "Product Management"] },
];

/** Level words. */
export const ENGLISH_LEVELS: readonly TitleWords[] = [
  { seniority: "owner", department: "executive", words: ["Founder", "Co-Founder", "Cofounder", "Co-Owner", "Coowner", "Proprietor", "Sole Proprietor", "Entrepreneur"] },
  { seniority: "owner", department: "executive", roleAfterFunction: true, words: ["Owner", "Partner"] },
  { seniority: "owner", words: ["Self-Employed", "Freelance", "Freelancer"] },
  { seniority: "cxo", department: "executive", words: ["CEO", "C.E.O.", "President", "Co-President", "Chairman", "Chairwoman", "Chairperson", "Board"] },
  { seniority: "cxo", department: "engineering", words: ["CTO", "C.T.O."] },
  { seniority: "cxo", department: "finance", words: ["CFO", "C.F.O."] },
  { seniority: "cxo", department: "operations", words: ["COO", "C.O.O."] },
  { seniority: "cxo", department: "marketing", words: ["CMO", "CGO"] },
  { seniority: "cxo", department: "it", words: ["CIO"] },
  { seniority: "cxo", department: "security", words: ["CISO"] },
  { seniority: "cxo", department: "sales", words: ["CRO"] },
  { seniority: "cxo", department: "product", words: ["CPO"] },
  { seniority: "cxo", department: "data", words: ["CDO", "CDAO", "CAIO"] },
  { seniority: "cxo", department: "hr", words: ["CHRO"] },
  { seniority: "cxo", department: "legal", words: ["CLO"] },
  // Acronyms with several common expansions (Chief Security / Sales / Strategy Officer, ...).
  { seniority: "cxo", words: ["Chief", "CSO", "CCO", "CAO", "CBO", "CXO"] },
  { seniority: "vp", words: ["VP", "V.P.", "SVP", "EVP", "AVP", "RVP", "GVP", "Vice President", "Vicepresident", "Vice Pres"] },
  { seniority: "director", words: ["Director", "Directors", "Dir", "Head"] },
  { seniority: "manager", words: ["Manager", "Managers", "Mgr", "Mngr", "Managing", "Supervisor", "Leader", "Foreman", "Forewoman", "Superintendent"] },
  { seniority: "senior", words: ["Senior", "Sr", "Snr", "Lead", "Principal", "Staff", "Distinguished", "Founding", "III", "IV"] },
  { seniority: "senior", job: true, department: "engineering", implied: true, words: ["Architect"] },
  { seniority: "entry", words: ["Junior", "Jr", "Jnr", "Entry Level", "Associate", "Coordinator", "Graduate", "Grad", "II"] },
  { seniority: "entry", cap: "assistant", words: ["Assistant"] },
  { seniority: "intern", cap: "intern", words: ["Intern", "Interns", "Internship", "Trainee", "Apprentice", "Apprenticeship", "Student", "Working Student", "Co-op"] },
];

/** Department words, and job nouns that name or imply one. */
export const ENGLISH_DEPARTMENTS: readonly TitleWords[] = [
  { department: "engineering", words: ["Engineering", "Eng", "Engr", "Engg", "Software", "Development", "DevOps", "SRE", "Testing", "Test Automation", "Mobile", "iOS", "Android", "Platform", "Embedded", "Firmware", "Hardware", "Mechanical", "Electrical", "Release"] },
  { department: "engineering", implied: true, words: ["Technical", "Technology", "Tech"] },
  { department: "engineering", implied: true, job: true, words: ["Engineer", "Engineers", "Developer", "Developers", "Programmer", "Coder", "Tester"] },
  { department: "it", words: ["IT", "I.T.", "Systems", "Network", "Networks", "Networking", "Infrastructure", "Database", "ERP"] },
  { department: "it", implied: true, words: ["Information"] },
  { department: "data", words: ["Data", "Statistics"] },
  { department: "data", job: true, words: ["Statistician"] },
  { department: "security", words: ["Security", "Cyber"] },
  { department: "product", words: ["Product", "Products"] },
  { department: "design", words: ["Design", "UX", "UI", "User Experience", "User Research", "Creative", "Art", "Graphic", "Graphics", "Visual", "Motion", "Interaction"] },
  { department: "design", job: true, words: ["Designer", "Designers", "Illustrator"] },
  { department: "marketing", words: ["Marketing", "Mktg", "Mkt", "Growth", "Brand", "Branding", "Content", "Communications", "Communication", "Comms", "Event", "Events", "Community", "Advertising", "Campaigns", "Campaign"] },
  { department: "marketing", job: true, words: ["Marketer", "Copywriter"] },
  { department: "sales", words: ["Sales", "Account", "Accounts", "Partnerships", "Partnership", "Alliances", "Channel", "Channels", "Enablement"] },
  // "Commercial" alone is the French and Spanish word for a salesperson.
  { department: "sales", job: true, words: ["Commercial"] },
  { department: "sales", implied: true, words: ["Revenue"] },
  { department: "customer-success", words: ["Customer", "Customers", "Support", "Implementation", "Onboarding"] },
  { department: "finance", words: ["Finance", "Financial", "Financials", "Accounting", "Treasury", "Tax", "Taxation", "Audit", "Payroll", "Billing", "Bookkeeping", "Credit", "Collections"] },
  { department: "finance", job: true, words: ["Accountant", "Bookkeeper", "Controller", "Comptroller", "Treasurer", "Auditor", "Actuary"] },
  { department: "hr", words: ["HR", "People", "Talent", "Recruiting", "Recruitment", "Compensation", "Benefits", "DEI", "Diversity", "Staffing", "Workforce", "Personnel", "Training"] },
  { department: "hr", job: true, words: ["Recruiter", "Recruiters", "Sourcer"] },
  { department: "operations", words: ["Operations", "Operation", "Ops", "Operating", "Logistics", "Manufacturing", "Production", "Plant", "Warehouse", "Facilities", "Facility", "Administrative", "Administration", "Admin", "Quality", "Fleet", "Inventory", "Maintenance", "EHS"] },
  { department: "operations", implied: true, words: ["Project", "Projects", "Program", "Programs", "Programme"] },
  { department: "legal", words: ["Legal", "Compliance", "Privacy", "Contracts", "Regulatory", "Patent", "Patents"] },
  { department: "legal", job: true, words: ["Counsel", "Lawyer", "Attorney", "Paralegal", "Solicitor", "Barrister"] },
  { department: "procurement", words: ["Procurement", "Purchasing", "Sourcing", "Vendor", "Vendors", "Supplier", "Suppliers"] },
  { department: "procurement", job: true, words: ["Buyer", "Purchaser"] },
];

/** Job nouns that name no department: without a level word, such a title is `entry`. */
export const ENGLISH_JOBS: readonly TitleWords[] = [
  {
    job: true,
    words: [
      "Analyst", "Specialist", "Consultant", "Representative", "Rep", "Reps", "Agent", "Officer", "Executive",
      "Scientist", "Researcher", "Generalist", "Writer", "Editor", "Administrator", "Technician", "Clerk",
      "Advisor", "Adviser", "Planner", "Strategist", "Producer", "Operator", "Secretary", "Employee", "Worker",
      "Teacher", "Nurse", "Physician", "Driver", "Cashier", "Mechanic", "Electrician", "Instructor", "Trainer",
    ],
  },
];
