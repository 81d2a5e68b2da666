import { lazy, Suspense } from "react";
import { Landing } from "./pages/Landing.tsx";
import { NotFound } from "./pages/NotFound.tsx";
import { useRoute } from "./router.ts";

/** three and fiber load only when someone enters a park: the start page stays light. */
const Park = lazy(() => import("./pages/Park.tsx"));

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
    case "not-found":
      return <NotFound />;
  }
}
