import "server-only";

export { listMissionOfficers, missionSignInHistory } from "./service";
