import { lazy, Suspense } from "react";
import { Landing } from "./pages/Landing.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { useRoute } from "./router.ts";

/** three and fiber load only when someone enters a park: the start page stays light. */
const Park = lazy(() => import("./pages/Park.tsx"));
/** Company, profile and booth pages load on demand too. */
const CompaniesPage = lazy(() => import("./pages/companies/CompaniesPage.tsx"));
const CompanyPage = lazy(() => import("./pages/companies/CompanyPage.tsx"));
const ProfilePage = lazy(() => import("./pages/companies/ProfilePage.tsx"));
const ManageBoothsPage = lazy(() => import("./pages/companies/ManageBoothsPage.tsx"));
/** The demand hall's pages. */
const TasksPage = lazy(() => import("./pages/tasks/TasksPage.tsx"));
const TaskPage = lazy(() => import("./pages/tasks/TaskPage.tsx"));
const TaskFormPage = lazy(() => import("./pages/tasks/TaskFormPage.tsx"));
const DisputesPage = lazy(() => import("./pages/tasks/DisputesPage.tsx"));
const ExpertsPage = lazy(() => import("./pages/tasks/ExpertsPage.tsx"));
/** Meeting rooms: the pages around them, and the room itself (three and fiber again). */
const RoomsPage = lazy(() => import("./pages/meetings/RoomsPage.tsx"));
const RoomPage = lazy(() => import("./pages/meetings/RoomPage.tsx"));
const MyMeetingsPage = lazy(() => import("./pages/meetings/MyMeetingsPage.tsx"));
const BookingPage = lazy(() => import("./pages/meetings/BookingPage.tsx"));
const MeetingRoomPage = lazy(() => import("./pages/meetingRoom/MeetingRoomPage.tsx"));
/** Events: the pages around them, and the live hall (three and fiber again). */
const EventsPage = lazy(() => import("./pages/events/EventsPage.tsx"));
const EventPage = lazy(() => import("./pages/events/EventPage.tsx"));
const EventFormPage = lazy(() => import("./pages/events/EventFormPage.tsx"));
const ManageEventsPage = lazy(() => import("./pages/events/ManageEventsPage.tsx"));
const StagePage = lazy(() => import("./pages/stage/StagePage.tsx"));
const DashboardPage = lazy(() => import("./pages/dashboard/DashboardPage.tsx"));
const CompanyDashboardPage = lazy(() => import("./pages/dashboard/CompanyDashboardPage.tsx"));
const ReportPage = lazy(() => import("./pages/report/ReportPage.tsx"));
const pageFallback = <div className="company-shell company-shell--loading" />;

export function App() {
  const route = useRoute();
  switch (route.name) {
    case "landing":
      return <Landing />;
    case "park":
      return (
        <Suspense fallback={<div className="park-page park-page--loading" />}>
          <Park parkId={route.parkId} />
        </Suspense>
      );
    case "companies":
      return <Suspense fallback={pageFallback}><CompaniesPage /></Suspense>;
    case "company":
      return <Suspense fallback={pageFallback}><CompanyPage companyId={route.companyId} /></Suspense>;
    case "me":
      return <Suspense fallback={pageFallback}><ProfilePage /></Suspense>;
    case "manage-booths":
      return <Suspense fallback={pageFallback}><ManageBoothsPage /></Suspense>;
    case "tasks":
      return <Suspense fallback={pageFallback}><TasksPage /></Suspense>;
    case "task-new":
      return <Suspense fallback={pageFallback}><TaskFormPage /></Suspense>;
    case "task":
      return <Suspense fallback={pageFallback}><TaskPage key={route.taskId} taskId={route.taskId} /></Suspense>;
    case "task-edit":
      return <Suspense fallback={pageFallback}><TaskFormPage key={route.taskId} taskId={route.taskId} /></Suspense>;
    case "manage-disputes":
      return <Suspense fallback={pageFallback}><DisputesPage /></Suspense>;
    case "manage-experts":
      return <Suspense fallback={pageFallback}><ExpertsPage /></Suspense>;
    case "rooms":
      return <Suspense fallback={pageFallback}><RoomsPage /></Suspense>;
    case "room":
      return <Suspense fallback={pageFallback}><RoomPage key={route.roomId} roomId={route.roomId} /></Suspense>;
    case "room-inside":
      return <Suspense fallback={null}><MeetingRoomPage key={route.roomId} roomId={route.roomId} /></Suspense>;
    case "meetings":
      return <Suspense fallback={pageFallback}><MyMeetingsPage /></Suspense>;
    case "meeting-new":
      return <Suspense fallback={pageFallback}><BookingPage /></Suspense>;
    case "events":
      return <Suspense fallback={pageFallback}><EventsPage /></Suspense>;
    case "event":
      return <Suspense fallback={pageFallback}><EventPage key={route.eventId} eventId={route.eventId} /></Suspense>;
    case "event-new":
      return <Suspense fallback={pageFallback}><EventFormPage /></Suspense>;
    case "event-edit":
      return <Suspense fallback={pageFallback}><EventFormPage key={route.eventId} eventId={route.eventId} /></Suspense>;
    case "event-live":
      return <Suspense fallback={null}><StagePage key={route.eventId} eventId={route.eventId} /></Suspense>;
    case "manage-events":
      return <Suspense fallback={pageFallback}><ManageEventsPage /></Suspense>;
    case "dashboard":
      return <Suspense fallback={pageFallback}><DashboardPage /></Suspense>;
    case "company-dashboard":
      return <Suspense fallback={pageFallback}><CompanyDashboardPage key={route.companyId} companyId={route.companyId} /></Suspense>;
    case "report":
      return <Suspense fallback={pageFallback}><ReportPage subject={{ kind: "person" }} /></Suspense>;
    case "company-report":
      return <Suspense fallback={pageFallback}><ReportPage key={route.companyId} subject={{ kind: "company", companyId: route.companyId }} /></Suspense>;
    case "park-report":
      return <Suspense fallback={pageFallback}><ReportPage key={route.parkId} subject={{ kind: "park", parkId: route.parkId }} /></Suspense>;
    case "not-found":
      return <NotFound />;
  }
}
