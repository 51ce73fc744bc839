import { ComponentFixture, TestBed } from '@angular/core/testing';
import { PlatformWebComponent } from './platform-web.component';

describe('PlatformWebComponent', () => {
  let component: PlatformWebComponent;
  let fixture: ComponentFixture<PlatformWebComponent>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [PlatformWebComponent],
    }).compileComponents();

    fixture = TestBed.createComponent(PlatformWebComponent);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
