import {
  AmbientLight,
  Box3,
  Color,
  DirectionalLight,
  Float32BufferAttribute,
  Group,
  HemisphereLight,
  Mesh,
  MeshStandardMaterial,
  NoColorSpace,
  PerspectiveCamera,
  SRGBColorSpace,
  Scene,
  Sphere,
  TextureLoader,
  Vector3,
  WebGLRenderer,
  type BufferGeometry,
  type Material,
  type Object3D,
  type Texture,
} from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';
import { OBJLoader } from 'three/examples/jsm/loaders/OBJLoader.js';
import type { TextureType } from '../../../../contract/limits.ts';
import { boxProjectUvs } from './box-uv.ts';
import { cameraDistanceForSphere, normalisingScale } from './frame-camera.ts';

/** The maps the preview binds to its material; displacement needs a dense mesh, so it is shown only as an image. */
export type PreviewMaps = Partial<Record<TextureType, string>>;

export interface PreviewEvents {
  /** The browser took the WebGL context away (a GPU reset, too many contexts). */
  onContextLost?: () => void;
}

export interface CanvasOptions {
  /** The canvas's accessible name. */
  label: string;
  /** The id of text describing the controls, for aria-describedby. */
  describedBy?: string;
}

export class WebGLUnavailableError extends Error {
  override readonly name = 'WebGLUnavailableError';
}

const FOV = 40;
const BACKGROUND = new Color(0x24242c);
const PLAIN = { color: new Color(0xb8b8c4), roughness: 0.65, metalness: 0 };

/**
 * A small three.js viewer: one model, one MeshStandardMaterial with the texture maps, orbit
 * controls and a fixed light rig. It renders only when something changes (a camera move, a new
 * model or maps, a resize), and `dispose` frees every GPU resource and the context itself.
 * The drawing buffer is preserved so the picture can be read back (screenshots, e2e checks).
 */
export class TexturePreview {
  readonly canvas: HTMLCanvasElement;
  private readonly renderer: WebGLRenderer;
  private readonly scene = new Scene();
  private readonly camera = new PerspectiveCamera(FOV, 1, 0.01, 100);
  private readonly controls: OrbitControls;
  private readonly material = new MeshStandardMaterial({ ...PLAIN });
  private readonly resizeObserver: ResizeObserver;
  private readonly textureLoader = new TextureLoader().setCrossOrigin('anonymous');
  private model: Group | null = null;
  private modelText: string | null = null;
  private textures: Texture[] = [];
  private mapsKey = '';
  private mapsRequest = 0;
  private frame = 0;
  private disposed = false;

  constructor(
    private readonly container: HTMLElement,
    options: CanvasOptions,
    private readonly events: PreviewEvents = {},
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.setAttribute('role', 'img');
    this.canvas.setAttribute('aria-label', options.label);
    if (options.describedBy) this.canvas.setAttribute('aria-describedby', options.describedBy);
    // Focusable so the arrow keys (pan) and Shift+arrows (orbit) reach OrbitControls.
    this.canvas.tabIndex = 0;
    // The container clips overflow: draw the focus ring inside the canvas edge.
    this.canvas.className = 'block size-full rounded-xl focus-visible:-outline-offset-4';

    // Asked for here, with the attributes we need, so a missing WebGL 2 is a clear error.
    const context = this.canvas.getContext('webgl2', {
      antialias: true,
      alpha: false,
      preserveDrawingBuffer: true,
      powerPreference: 'default',
    });
    if (!context) throw new WebGLUnavailableError('This browser has no WebGL 2.');
    this.renderer = new WebGLRenderer({ canvas: this.canvas, context });
    this.renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, 2));
    this.renderer.outputColorSpace = SRGBColorSpace;
    this.scene.background = BACKGROUND;

    this.addLights();
    this.container.append(this.canvas);

    this.controls = new OrbitControls(this.camera, this.canvas);
    this.controls.listenToKeyEvents(this.canvas);
    this.controls.addEventListener('change', this.requestRender);
    this.canvas.addEventListener('webglcontextlost', this.handleContextLost);

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(this.container);
    this.resize();
  }

  /** Shows the model in `objText` (re-parsing only when the text changed). */
  setModel(objText: string): void {
    if (this.disposed || objText === this.modelText) return;
    this.modelText = objText;
    if (this.model) {
      this.scene.remove(this.model);
      disposeObject(this.model, this.material);
    }
    this.model = prepareModel(new OBJLoader().parse(objText), this.material);
    this.scene.add(this.model);
    this.resetView();
  }

  /**
   * Loads the maps and puts them on the material; resolves once they are drawn. A call made
   * while an earlier one is loading wins: the earlier one's textures are dropped.
   */
  async setMaps(maps: PreviewMaps): Promise<void> {
    const key = JSON.stringify(maps);
    if (this.disposed || key === this.mapsKey) return;
    this.mapsKey = key;
    const request = ++this.mapsRequest;
    const [albedo, normal, roughness] = await Promise.all([
      this.load(maps.ALBEDO, SRGBColorSpace),
      this.load(maps.NORMAL, NoColorSpace),
      this.load(maps.ROUGHNESS, NoColorSpace),
    ]).catch((error: unknown) => {
      if (request === this.mapsRequest) this.mapsKey = '';
      throw error;
    });
    const loaded = [albedo, normal, roughness].filter((t): t is Texture => t !== null);
    if (this.disposed || request !== this.mapsRequest) {
      for (const texture of loaded) texture.dispose();
      return;
    }
    for (const texture of this.textures) texture.dispose();
    this.textures = loaded;
    const material = this.material;
    // Adding or removing a map changes the shader program; swapping one for another does not,
    // and recompiling is slow where WebGL runs on the CPU (SwiftShader).
    const programChanges =
      !material.map !== !albedo ||
      !material.normalMap !== !normal ||
      !material.roughnessMap !== !roughness;
    material.map = albedo;
    material.normalMap = normal;
    material.roughnessMap = roughness;
    // With a roughness map the map decides; without one, a plain satin finish.
    material.roughness = roughness ? 1 : PLAIN.roughness;
    material.color.copy(albedo ? new Color(0xffffff) : PLAIN.color);
    if (programChanges) material.needsUpdate = true;
    this.render();
  }

  /** Frames the model from the front, a little above. */
  resetView(): void {
    if (this.disposed) return;
    const radius = this.model
      ? new Box3().setFromObject(this.model).getBoundingSphere(new Sphere()).radius
      : 1;
    const distance = cameraDistanceForSphere(radius, FOV, this.camera.aspect);
    this.camera.position.copy(new Vector3(0.55, 0.45, 1).normalize().multiplyScalar(distance));
    this.camera.near = distance / 100;
    this.camera.far = distance * 10;
    this.camera.updateProjectionMatrix();
    this.controls.target.set(0, 0, 0);
    this.controls.minDistance = radius * 0.5;
    this.controls.maxDistance = distance * 4;
    this.controls.update();
    this.render();
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    cancelAnimationFrame(this.frame);
    this.resizeObserver.disconnect();
    this.controls.removeEventListener('change', this.requestRender);
    this.controls.dispose();
    this.canvas.removeEventListener('webglcontextlost', this.handleContextLost);
    if (this.model) disposeObject(this.model, this.material);
    for (const texture of this.textures) texture.dispose();
    this.material.dispose();
    this.renderer.dispose();
    // Frees the context now rather than at garbage collection: browsers cap live contexts.
    this.renderer.forceContextLoss();
    this.canvas.remove();
  }

  private async load(url: string | undefined, colorSpace: string): Promise<Texture | null> {
    if (!url) return null;
    const texture = await this.textureLoader.loadAsync(url);
    texture.colorSpace = colorSpace;
    texture.anisotropy = Math.min(4, this.renderer.capabilities.getMaxAnisotropy());
    return texture;
  }

  private addLights(): void {
    // Sky/ground fill everywhere, a key light that follows the camera, and a fixed rim light.
    this.scene.add(new HemisphereLight(0xf4f4ff, 0x3a3a44, 1.4));
    this.scene.add(new AmbientLight(0xffffff, 0.25));
    const key = new DirectionalLight(0xffffff, 2.2);
    key.position.set(2, 3, 4);
    this.camera.add(key);
    this.scene.add(this.camera);
    const rim = new DirectionalLight(0xc8d8ff, 1.1);
    rim.position.set(-3, 2, -4);
    this.scene.add(rim);
  }

  private resize(): void {
    if (this.disposed) return;
    const width = Math.max(1, this.container.clientWidth);
    const height = Math.max(1, this.container.clientHeight);
    this.renderer.setSize(width, height, false);
    this.camera.aspect = width / height;
    this.camera.updateProjectionMatrix();
    this.render();
  }

  private render(): void {
    if (this.disposed) return;
    this.renderer.render(this.scene, this.camera);
  }

  /** Camera moves come in bursts: draw at most once a frame. */
  private readonly requestRender = () => {
    if (this.frame || this.disposed) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  };

  private readonly handleContextLost = (event: Event) => {
    event.preventDefault();
    if (!this.disposed) this.events.onContextLost?.();
  };
}

/**
 * Centres and scales the parsed OBJ, gives every mesh normals and UVs (box-projected when the
 * file has no `vt`), and swaps OBJLoader's Phong materials for the one PBR material.
 */
function prepareModel(group: Group, material: MeshStandardMaterial): Group {
  group.traverse((object) => {
    if (!(object instanceof Mesh)) return;
    const geometry = object.geometry as BufferGeometry;
    if (!geometry.hasAttribute('normal')) geometry.computeVertexNormals();
    if (!geometry.hasAttribute('uv')) {
      const positions = geometry.getAttribute('position').array;
      geometry.setAttribute('uv', new Float32BufferAttribute(boxProjectUvs(positions), 2));
    }
    disposeMaterials(object.material);
    object.material = material;
  });
  const box = new Box3().setFromObject(group);
  const size = box.getSize(new Vector3());
  const center = box.getCenter(new Vector3());
  const scale = normalisingScale([size.x, size.y, size.z]);
  const wrapper = new Group();
  group.position.copy(center).multiplyScalar(-1);
  wrapper.scale.setScalar(scale);
  wrapper.add(group);
  return wrapper;
}

function disposeMaterials(material: Material | Material[]): void {
  for (const item of Array.isArray(material) ? material : [material]) item.dispose();
}

/** Frees geometries and materials under `root`, except the shared one the preview owns. */
function disposeObject(root: Object3D, shared: Material): void {
  root.traverse((object) => {
    const withGeometry = object as Partial<Mesh>;
    withGeometry.geometry?.dispose();
    const material = withGeometry.material;
    if (!material) return;
    for (const item of Array.isArray(material) ? material : [material]) {
      if (item !== shared) item.dispose();
    }
  });
}
