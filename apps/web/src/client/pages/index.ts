// The client's screens beyond the chat, loaded as one chunk when first needed: the chat route stays
// small for a phone on a slow connection at night.
export { AccessLogPage } from "./access-log.tsx";
export { CheckInsPage } from "./check-ins.tsx";
export { MePage } from "./me.tsx";
export { MemoryPage } from "./memory.tsx";
export { MomentsPage } from "./moments.tsx";
export { MyDataPage } from "./my-data.tsx";
export { PracticesPage } from "./practices.tsx";
export { SafetyPlanPage } from "./safety-plan.tsx";
export { TherapistLinkPage } from "./therapist-link.tsx";
export { TherapistViewPage } from "./therapist-view.tsx";
export { WelcomePage } from "./welcome.tsx";
